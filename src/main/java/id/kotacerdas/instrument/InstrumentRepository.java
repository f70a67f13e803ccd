package id.kotacerdas.instrument;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.domain.Dimension;
import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Participant;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.instrument.domain.Question;
import id.kotacerdas.instrument.domain.Track;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InstrumentRepository {

    /** Columns named as {@link Period}'s components. */
    private static final String PERIOD = "select year, status, self_assessment_opens as selfAssessmentOpens,"
            + " self_assessment_deadline as selfAssessmentDeadline, copied_from as copiedFrom, version from period";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    InstrumentRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Period> periods() {
        return jdbc.sql(PERIOD + " order by year").query(Period.class).list();
    }

    Optional<Period> period(int year) {
        return jdbc.sql(PERIOD + " where year = ?")
                .param(year)
                .query(Period.class)
                .optional();
    }

    void insert(Period p) {
        jdbc.sql("insert into period (year, status, copied_from) values (?, ?, ?)")
                .params(p.year(), p.status().name(), p.copiedFrom())
                .update();
    }

    /** Saves the period if nobody changed it since it was read; false when the stored version moved on. */
    boolean update(Period p) {
        return jdbc.sql("""
                        update period set status = ?, self_assessment_opens = ?, self_assessment_deadline = ?,
                               version = version + 1
                        where year = ? and version = ?
                        """)
                        .params(
                                p.status().name(),
                                date(p.selfAssessmentOpens()),
                                date(p.selfAssessmentDeadline()),
                                p.year(),
                                p.version())
                        .update()
                == 1;
    }

    Instrument instrument(int year) {
        List<Track> tracks = jdbc.sql("select code, name from period_track where year = ? order by position")
                .param(year)
                .query(Track.class)
                .list();
        List<Dimension> dimensions = jdbc.sql(
                        "select code, name from period_dimension where year = ? order by position")
                .param(year)
                .query(Dimension.class)
                .list();
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        jdbc.sql("select track, dimension_code, weight from dimension_weight where year = ?")
                .param(year)
                .query(rs -> {
                    weights.computeIfAbsent(rs.getString("track"), t -> new LinkedHashMap<>())
                            .put(rs.getString("dimension_code"), rs.getBigDecimal("weight"));
                });
        List<Question> questions =
                jdbc.sql("""
                        select no, dimension_code as dimension, indicator, sub_indicator as subIndicator, text
                        from question where year = ?
                        """).param(year).query(Question.class).list();
        return new Instrument(year, tracks, dimensions, weights, questions);
    }

    /** Writes a new period's tracks and dimensions, then its weights and questions. */
    void insertStructure(Instrument instrument) {
        int year = instrument.year();
        int position = 0;
        for (Track t : instrument.tracks()) {
            jdbc.sql("insert into period_track (year, code, name, position) values (?, ?, ?, ?)")
                    .params(year, t.code(), t.name(), position++)
                    .update();
        }
        position = 0;
        for (Dimension d : instrument.dimensions()) {
            jdbc.sql("insert into period_dimension (year, code, name, position) values (?, ?, ?, ?)")
                    .params(year, d.code(), d.name(), position++)
                    .update();
        }
        replaceContent(instrument);
    }

    /** Replaces the weights and questions of the instrument's period. */
    void replaceContent(Instrument instrument) {
        int year = instrument.year();
        jdbc.sql("delete from dimension_weight where year = ?").param(year).update();
        jdbc.sql("delete from question where year = ?").param(year).update();
        instrument
                .weights()
                .forEach((track, byDimension) -> byDimension.forEach((dimension, weight) -> jdbc.sql(
                                "insert into dimension_weight (year, dimension_code, track, weight) values (?, ?, ?, ?)")
                        .params(year, dimension, track, weight)
                        .update()));
        for (Question q : instrument.questions()) {
            jdbc.sql("""
                            insert into question (year, no, dimension_code, indicator, sub_indicator, text)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(year, q.no(), q.dimension(), q.indicator(), q.subIndicator(), q.text())
                    .update();
        }
    }

    List<Participant> participants(int year) {
        return jdbc.sql(
                        "select year, region_code as regionCode, track from participant where year = ? order by region_code")
                .param(year)
                .query(Participant.class)
                .list();
    }

    List<String> participantCodes(int year) {
        return jdbc.sql("select region_code from participant where year = ?")
                .param(year)
                .query(String.class)
                .list();
    }

    void saveParticipant(Participant p) {
        jdbc.sql("""
                        insert into participant (year, region_code, track) values (?, ?, ?)
                        on conflict (year, region_code) do update set track = excluded.track
                        """).params(p.year(), p.regionCode(), p.track()).update();
    }

    boolean deleteParticipant(int year, String regionCode) {
        return jdbc.sql("delete from participant where year = ? and region_code = ?")
                        .params(year, regionCode)
                        .update()
                == 1;
    }

    int count(String table, int year) {
        return jdbc.sql("select count(*) from " + table + " where year = ?")
                .param(year)
                .query(Integer.class)
                .single();
    }

    /** A change to a period, its instrument or participants goes to the append-only audit trail. */
    void log(int year, String actor, String action, String detail) {
        audit.record(AuditEvent.by(actor, action).inPeriod(year).to(detail));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
