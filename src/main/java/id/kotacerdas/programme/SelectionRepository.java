package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.Candidate;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.Kkd;
import id.kotacerdas.programme.domain.Parameter;
import id.kotacerdas.programme.domain.SelectionWeights;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelectionRepository {

    private static final String SELECTION = "select s.id, s.year, s.name, s.quota, s.weight_ikbt, s.weight_ikb,"
            + " s.weight_ikh, s.weight_kkd, s.loaded_file, s.loaded_by, s.loaded_at, s.confirmed_by, s.confirmed_at,"
            + " s.created_by, s.created_at,"
            + " (select count(*) from programme_candidate c where c.selection_id = s.id) as candidates"
            + " from programme_selection s";

    /** A region a confirmed selection selected, with the selection's year, name and when it was confirmed. */
    record ParticipantRow(
            String regionCode,
            int year,
            long selectionId,
            String selectionName,
            String mouNumber,
            LocalDate mouSignedOn,
            int cohorts) {}

    private final JdbcClient jdbc;

    SelectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int year, String name, int quota, SelectionWeights w, String by) {
        return jdbc.sql("insert into programme_selection (year, name, quota, weight_ikbt, weight_ikb, weight_ikh,"
                        + " weight_kkd, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        year,
                        name,
                        quota,
                        w.of(Parameter.IKBT),
                        w.of(Parameter.IKB),
                        w.of(Parameter.IKH),
                        w.of(Parameter.KKD),
                        by)
                .query(Long.class)
                .single();
    }

    void update(long id, int year, String name, int quota, SelectionWeights w) {
        jdbc.sql("update programme_selection set year = ?, name = ?, quota = ?, weight_ikbt = ?, weight_ikb = ?,"
                        + " weight_ikh = ?, weight_kkd = ? where id = ?")
                .params(
                        year,
                        name,
                        quota,
                        w.of(Parameter.IKBT),
                        w.of(Parameter.IKB),
                        w.of(Parameter.IKH),
                        w.of(Parameter.KKD),
                        id)
                .update();
    }

    Optional<StoredSelection> find(long id) {
        return jdbc.sql(SELECTION + " where s.id = ?")
                .param(id)
                .query(this::selection)
                .optional();
    }

    /** The selection, its row locked until the transaction ends: loads and the confirmation queue behind it. */
    Optional<StoredSelection> lock(long id) {
        return jdbc.sql("select id from programme_selection where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** The newest year first. */
    List<StoredSelection> all() {
        return jdbc.sql(SELECTION + " order by s.year desc, s.id desc")
                .query(this::selection)
                .list();
    }

    List<Candidate> candidates(long selection) {
        return jdbc.sql("select region_code, line, ikbt, ikb, ikh, kkd, kkd_category from programme_candidate"
                        + " where selection_id = ? order by line")
                .param(selection)
                .query((rs, n) -> {
                    Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
                    for (Parameter p : Parameter.values()) {
                        BigDecimal v = rs.getBigDecimal(p.name().toLowerCase(Locale.ROOT));
                        if (v != null) {
                            values.put(p, plain(v));
                        }
                    }
                    String category = rs.getString("kkd_category");
                    return new Candidate(
                            rs.getString("region_code"),
                            rs.getInt("line"),
                            values,
                            category == null ? null : Kkd.valueOf(category));
                })
                .list();
    }

    /** Replaces the selection's candidates with a load's, and notes the file, who loaded it and when. */
    void replaceCandidates(long selection, List<Candidate> candidates, String file, String by) {
        jdbc.sql("delete from programme_candidate where selection_id = ?")
                .param(selection)
                .update();
        for (Candidate c : candidates) {
            jdbc.sql("insert into programme_candidate (selection_id, region_code, line, ikbt, ikb, ikh, kkd,"
                            + " kkd_category) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            selection,
                            c.regionCode(),
                            c.line(),
                            c.value(Parameter.IKBT),
                            c.value(Parameter.IKB),
                            c.value(Parameter.IKH),
                            c.value(Parameter.KKD),
                            c.kkdCategory() == null ? null : c.kkdCategory().name())
                    .update();
        }
        jdbc.sql("update programme_selection set loaded_file = ?, loaded_by = ?, loaded_at = now() where id = ?")
                .params(file, by, selection)
                .update();
    }

    /**
     * The regions already in a cohort before this selection's, with the earliest such cohort's year: regions
     * another confirmed selection selected, of an earlier year or of the same year, confirmed before this one
     * (any time, while this one is not confirmed). So a confirmed selection's marks never change.
     */
    Map<String, Integer> earlierCohorts(StoredSelection selection) {
        Map<String, Integer> earlier = new LinkedHashMap<>();
        jdbc.sql("select p.region_code, min(s.year) as year from programme_participant p"
                        + " join programme_selection s on s.id = p.selection_id"
                        + " where s.id <> ? and s.confirmed_at is not null and s.year <= ?"
                        + " and (cast(? as timestamptz) is null or s.confirmed_at < cast(? as timestamptz))"
                        + " group by p.region_code")
                .params(
                        selection.id(),
                        selection.year(),
                        timestamp(selection.confirmedAt()),
                        timestamp(selection.confirmedAt()))
                .query(rs -> {
                    earlier.put(rs.getString("region_code"), rs.getInt("year"));
                });
        return earlier;
    }

    /** Confirms the selection: its overrides, its selected regions (participants from now on), who and when. */
    void confirm(long selection, List<String> selected, List<CohortOverride> overrides, String by) {
        for (CohortOverride o : overrides) {
            jdbc.sql("insert into programme_cohort_override (selection_id, region_code, kind, reason)"
                            + " values (?, ?, ?, ?)")
                    .params(selection, o.regionCode(), o.kind().name(), o.reason())
                    .update();
        }
        for (String region : selected) {
            jdbc.sql("insert into programme_participant (selection_id, region_code) values (?, ?)")
                    .params(selection, region)
                    .update();
        }
        jdbc.sql("update programme_selection set confirmed_by = ?, confirmed_at = now() where id = ?")
                .params(by, selection)
                .update();
    }

    List<CohortOverride> overrides(long selection) {
        return jdbc.sql("select region_code, kind, reason from programme_cohort_override where selection_id = ?"
                        + " order by region_code")
                .param(selection)
                .query((rs, n) -> new CohortOverride(
                        rs.getString("region_code"),
                        CohortOverride.Kind.valueOf(rs.getString("kind")),
                        rs.getString("reason")))
                .list();
    }

    /** The selected regions of a confirmed selection, with their MoUs, by region code. */
    List<Mou> selected(long selection) {
        return jdbc.sql("select region_code, mou_number, mou_signed_on, mou_recorded_by, mou_recorded_at"
                        + " from programme_participant where selection_id = ? order by region_code")
                .param(selection)
                .query((rs, n) -> new Mou(
                        rs.getString("region_code"),
                        rs.getString("mou_number"),
                        date(rs, "mou_signed_on"),
                        rs.getString("mou_recorded_by"),
                        instant(rs, "mou_recorded_at")))
                .list();
    }

    /** Records a selected region's MoU; false when the selection did not select the region. */
    boolean saveMou(long selection, String region, String number, LocalDate signedOn, String by) {
        return jdbc.sql("update programme_participant set mou_number = ?, mou_signed_on = ?, mou_recorded_by = ?,"
                                + " mou_recorded_at = now() where selection_id = ? and region_code = ?")
                        .params(number, signedOn, by, selection, region)
                        .update()
                == 1;
    }

    /**
     * Every region in the programme with the cohort it joined (the earliest confirmed selection that selected it,
     * by year, then by when it was confirmed), that cohort's MoU, and how many cohorts selected it.
     */
    List<ParticipantRow> participants() {
        return jdbc.sql("select distinct on (p.region_code) p.region_code, s.year, s.id, s.name, p.mou_number,"
                        + " p.mou_signed_on,"
                        + " count(*) over (partition by p.region_code) as cohorts"
                        + " from programme_participant p join programme_selection s on s.id = p.selection_id"
                        + " where s.confirmed_at is not null"
                        + " order by p.region_code, s.year, s.confirmed_at")
                .query((rs, n) -> new ParticipantRow(
                        rs.getString("region_code"),
                        rs.getInt("year"),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("mou_number"),
                        date(rs, "mou_signed_on"),
                        rs.getInt("cohorts")))
                .list();
    }

    private StoredSelection selection(ResultSet rs, int n) throws SQLException {
        Map<Parameter, BigDecimal> weights = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            weights.put(p, rs.getBigDecimal("weight_" + p.name().toLowerCase(Locale.ROOT)));
        }
        return new StoredSelection(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getInt("quota"),
                new SelectionWeights(weights),
                rs.getInt("candidates"),
                rs.getString("loaded_file"),
                rs.getString("loaded_by"),
                instant(rs, "loaded_at"),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"),
                rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    private static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** Without the column's trailing zeros, never in exponent form (80.000000 is 80, not 8E+1). */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static OffsetDateTime timestamp(OffsetDateTime t) {
        return t;
    }
}
