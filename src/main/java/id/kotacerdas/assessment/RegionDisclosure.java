package id.kotacerdas.assessment;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;
import id.kotacerdas.shared.domain.Forbidden;
import org.springframework.stereotype.Component;

/**
 * What a region's own operator may learn of its evaluation before the period is PUBLISHED: nothing of
 * the panel (names, findings) nor of its result. Administrators see everything; assessors what the blind
 * rules allow.
 */
@Component
class RegionDisclosure {

    private final SelfAssessmentContext context;

    RegionDisclosure(SelfAssessmentContext context) {
        this.context = context;
    }

    /** Whether the reader is a region's operator and the period's results are not public yet. */
    boolean withheldFrom(Actor reader, int year) {
        return reader.role() == Role.OPERATOR
                && !context.window(year).periodStatus().resultsPublic();
    }

    /** Refuses a region's operator before the period is PUBLISHED. */
    void ensureDisclosed(Actor reader, int year) {
        if (withheldFrom(reader, year)) {
            throw new Forbidden(
                    "disclosure.notPublished",
                    "The panel and its findings are shown to the region once the results of " + year + " are published",
                    year);
        }
    }
}
