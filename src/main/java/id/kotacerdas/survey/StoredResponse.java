package id.kotacerdas.survey;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored survey response as its submitter sees it again: where it belongs, its answers and its flags. */
public record StoredResponse(
        int year,
        String regionCode,
        String dimension,
        List<Integer> answers,
        OffsetDateTime submittedAt,
        boolean straightLined,
        boolean tooFast) {}
