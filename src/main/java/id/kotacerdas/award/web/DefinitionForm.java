package id.kotacerdas.award.web;

import id.kotacerdas.award.AwardView;
import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.shared.domain.InvalidInput;

/** An award's definition as the page's form holds it (the places as typed). */
record DefinitionForm(
        String name, String slug, String measure, String subject, String track, String kind, String places) {

    static DefinitionForm empty() {
        return new DefinitionForm("", "", "FINAL", "", "", "", "1");
    }

    static DefinitionForm of(AwardView a) {
        return new DefinitionForm(
                a.name(),
                a.slug(),
                a.measure(),
                a.subject() == null ? "" : a.subject(),
                a.track() == null ? "" : a.track(),
                a.kind() == null ? "" : a.kind(),
                String.valueOf(a.places()));
    }

    AwardDefinition checked() {
        Integer count;
        try {
            count = places == null || places.isBlank() ? null : Integer.valueOf(places.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("places", "award.places", "Places must be 1 to 100", AwardDefinition.MAX_PLACES);
        }
        return AwardDefinition.checked(name, slug, measure, subject, track, kind, count);
    }
}
