package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationInput;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.domain.TeamMember;
import id.kotacerdas.shared.domain.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A field evaluation as the ministry's form holds it, typed text as typed (shown again as it was when refused):
 * the team as rows of name, affiliation and role; the stakeholders one per line.
 */
record FieldEvaluationForm(
        String code,
        String year,
        String semester,
        String masterplanId,
        String plannedOn,
        String heldOn,
        String heldUntil,
        String place,
        List<TeamMember> team,
        String stakeholders,
        String notes,
        String version) {

    /** Blank team rows below those filled in, so the form always offers room for more. */
    static final int SPARE_ROWS = 2;

    static final int MIN_ROWS = 4;

    static FieldEvaluationForm empty(int year) {
        return new FieldEvaluationForm("", String.valueOf(year), "1", "", "", "", "", "", List.of(), "", "", "");
    }

    static FieldEvaluationForm of(FieldEvaluationView v) {
        return new FieldEvaluationForm(
                v.regionCode(),
                String.valueOf(v.year()),
                String.valueOf(v.semester()),
                v.masterplanId() == null ? "" : v.masterplanId().toString(),
                text(v.plannedOn()),
                text(v.heldOn()),
                text(v.heldUntil()),
                v.place(),
                v.team(),
                String.join("\n", v.stakeholders()),
                v.notes(),
                String.valueOf(v.version()));
    }

    /** The form as posted; the team's rows read whole (a single row's "Prof. X, UGM" is not split at its comma). */
    static FieldEvaluationForm of(HttpServletRequest request) {
        String[] names = values(request, "teamName");
        String[] affiliations = values(request, "teamAffiliation");
        String[] roles = values(request, "teamRole");
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < Math.max(names.length, Math.max(affiliations.length, roles.length)); i++) {
            team.add(new TeamMember(at(names, i), at(affiliations, i), at(roles, i)));
        }
        return new FieldEvaluationForm(
                request.getParameter("code"),
                request.getParameter("year"),
                request.getParameter("semester"),
                request.getParameter("masterplanId"),
                request.getParameter("plannedOn"),
                request.getParameter("heldOn"),
                request.getParameter("heldUntil"),
                request.getParameter("place"),
                team,
                request.getParameter("stakeholders"),
                request.getParameter("notes"),
                request.getParameter("version"));
    }

    /** The team's rows to show: those typed or saved, and {@value #SPARE_ROWS} blank ones (at least 4 in all). */
    public List<TeamMember> rows() {
        List<TeamMember> rows = new ArrayList<>(team.stream()
                .filter(m -> !(blank(m.name()) && blank(m.affiliation()) && blank(m.role())))
                .toList());
        int spare = Math.max(SPARE_ROWS, MIN_ROWS - rows.size());
        for (int i = 0; i < spare; i++) {
            rows.add(new TeamMember("", "", ""));
        }
        return rows;
    }

    FieldEvaluationInput input() {
        Long masterplan;
        try {
            masterplan = blank(masterplanId) ? null : Long.valueOf(masterplanId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(
                    "masterplanId", "fieldEvaluation.masterplan.notRegions", "Not a masterplan", masterplanId);
        }
        return new FieldEvaluationInput(
                masterplan,
                date(plannedOn, "plannedOn"),
                date(heldOn, "heldOn"),
                date(heldUntil, "heldUntil"),
                place,
                team,
                stakeholders == null ? List.of() : Arrays.asList(stakeholders.split("\\R")),
                notes);
    }

    Integer yearNumber() {
        return number(year, "year", "fieldEvaluation.year.invalid");
    }

    Integer semesterNumber() {
        return number(semester, "semester", "fieldEvaluation.semester.invalid");
    }

    Integer versionNumber() {
        return blank(version) ? null : number(version, "version", "fieldEvaluation.stale");
    }

    /** A day as a date field sends it (2020-03-10); null when blank. */
    static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "fieldEvaluation.date.invalid", "Not a date: " + value, value);
        }
    }

    private static Integer number(String value, String field, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, key, "Not a number: " + value, value);
        }
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
