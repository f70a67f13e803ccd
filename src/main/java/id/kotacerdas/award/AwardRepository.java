package id.kotacerdas.award;

import id.kotacerdas.award.domain.AwardDefinition;
import id.kotacerdas.award.domain.AwardStatus;
import id.kotacerdas.award.domain.Departure;
import id.kotacerdas.award.domain.JuryDecision;
import id.kotacerdas.award.domain.Measure;
import id.kotacerdas.award.domain.Winner;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AwardRepository {

    private static final String COLUMNS = "select id, year, slug, name, measure, subject, track, kind, places, status,"
            + " jury_note, competitors, confirmed_by, confirmed_at, published_by, published_at from award_category";

    private final JdbcClient jdbc;

    AwardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int year, AwardDefinition d, String actor) {
        return jdbc.sql("insert into award_category (year, slug, name, measure, subject, track, kind, places,"
                        + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        year,
                        d.slug(),
                        d.name(),
                        d.measure().name(),
                        d.subject(),
                        d.track(),
                        d.kind(),
                        d.places(),
                        actor)
                .query(Long.class)
                .single();
    }

    /** Replaces the definition; a confirmation made for the old one is taken back (the category is a draft again). */
    void redefine(long id, AwardDefinition d) {
        clearDecision(id);
        jdbc.sql("update award_category set slug = ?, name = ?, measure = ?, subject = ?, track = ?, kind = ?,"
                        + " places = ?, status = 'DRAFT', jury_note = null, competitors = null, confirmed_by = null,"
                        + " confirmed_at = null where id = ?")
                .params(d.slug(), d.name(), d.measure().name(), d.subject(), d.track(), d.kind(), d.places(), id)
                .update();
    }

    boolean slugTaken(int year, String slug, long except) {
        return jdbc.sql("select count(*) from award_category where year = ? and slug = ? and id <> ?")
                        .params(year, slug, except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StoredAward> list(int year) {
        return jdbc.sql(COLUMNS + " where year = ? order by id")
                .param(year)
                .query(this::award)
                .list();
    }

    /** The award of the period named by its slug or its id. */
    Optional<StoredAward> find(int year, String ref) {
        return jdbc.sql(COLUMNS + " where year = ? and (slug = ? or cast(id as text) = ?)")
                .params(year, ref, ref)
                .query(this::award)
                .optional();
    }

    /** As {@link #find}, the row locked until the transaction ends: changes to one award are serialised. */
    Optional<StoredAward> lock(int year, String ref) {
        return jdbc.sql(COLUMNS + " where year = ? and (slug = ? or cast(id as text) = ?) for update")
                .params(year, ref, ref)
                .query(this::award)
                .optional();
    }

    void confirm(long id, JuryDecision decision, int competitors, String actor) {
        clearDecision(id);
        int position = 0;
        for (Winner w : decision.winners()) {
            jdbc.sql("insert into award_winner (award_id, region_code, position, rank, value, working, source,"
                            + " proposed) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, w.regionCode(), ++position, w.rank(), w.value(), w.working(), w.source(), w.proposed())
                    .update();
        }
        for (Departure d : decision.departures()) {
            jdbc.sql("insert into award_override (award_id, region_code, change, reason) values (?, ?, ?, ?)")
                    .params(id, d.regionCode(), d.change(), d.reason())
                    .update();
        }
        jdbc.sql("update award_category set status = 'CONFIRMED', jury_note = ?, competitors = ?, confirmed_by = ?,"
                        + " confirmed_at = now() where id = ?")
                .params(decision.note(), competitors, actor, id)
                .update();
    }

    void publish(long id, String actor) {
        jdbc.sql("update award_category set status = 'PUBLISHED', published_by = ?, published_at = now() where id = ?")
                .params(actor, id)
                .update();
    }

    List<Winner> winners(long id) {
        return jdbc.sql("select w.region_code, r.name, w.rank, w.value, w.working, w.source, w.proposed"
                        + " from award_winner w join region r on r.code = w.region_code"
                        + " where w.award_id = ? order by w.position")
                .param(id)
                .query((rs, n) -> new Winner(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4).setScale(2, RoundingMode.HALF_UP),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    List<Departure> departures(long id) {
        return jdbc.sql("select o.region_code, r.name, o.change, o.reason from award_override o"
                        + " join region r on r.code = o.region_code where o.award_id = ? order by o.change, r.name")
                .param(id)
                .query((rs, n) -> new Departure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private void clearDecision(long id) {
        jdbc.sql("delete from award_winner where award_id = ?").param(id).update();
        jdbc.sql("delete from award_override where award_id = ?").param(id).update();
    }

    private StoredAward award(ResultSet rs, int row) throws SQLException {
        AwardDefinition definition = new AwardDefinition(
                rs.getString("name"),
                rs.getString("slug"),
                Measure.valueOf(rs.getString("measure")),
                rs.getString("subject"),
                rs.getString("track"),
                rs.getString("kind"),
                rs.getInt("places"));
        return new StoredAward(
                rs.getLong("id"),
                rs.getInt("year"),
                definition,
                AwardStatus.valueOf(rs.getString("status")),
                rs.getString("jury_note"),
                (Integer) rs.getObject("competitors"),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"),
                rs.getString("published_by"),
                instant(rs, "published_at"));
    }

    private static OffsetDateTime instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
