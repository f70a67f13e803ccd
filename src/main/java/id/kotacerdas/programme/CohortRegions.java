package id.kotacerdas.programme;

import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regions of confirmed cohorts, as the guidance of the programme reads them. */
@Repository
class CohortRegions {

    private static final String COLUMNS = "select s.id, s.year, s.name, s.confirmed_at, p.region_code, p.mou_number,"
            + " p.mou_signed_on from programme_participant p join programme_selection s on s.id = p.selection_id";

    private final JdbcClient jdbc;

    CohortRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The region in the selection's confirmed cohort: 404 selection.notFound, 409 selection.notConfirmed, 404
     * selection.notSelected.
     */
    CohortRegion require(long selection, String region) {
        Optional<Boolean> confirmed = jdbc.sql("select confirmed_at is not null from programme_selection where id = ?")
                .param(selection)
                .query(Boolean.class)
                .optional();
        if (confirmed.isEmpty()) {
            throw Selections.notFound(selection);
        }
        if (!confirmed.get()) {
            throw new Conflict(
                    "selection.notConfirmed", "Selection " + selection + " is not confirmed: it has no cohort yet");
        }
        return jdbc.sql(COLUMNS + " where s.id = ? and p.region_code = ?")
                .params(selection, region)
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFound(
                        "selection.notSelected",
                        region + " is not in the cohort of selection " + selection,
                        String.valueOf(region)));
    }

    /** Locks the region's place in the cohort until the transaction ends (revisions are numbered under it). */
    void lock(long selection, String region) {
        jdbc.sql("select region_code from programme_participant where selection_id = ? and region_code = ?"
                        + " for no key update")
                .params(selection, region)
                .query(String.class)
                .single();
    }

    /** The confirmed cohorts the region is in, the latest first. */
    List<CohortRegion> of(String region) {
        return jdbc.sql(COLUMNS + " where p.region_code = ? and s.confirmed_at is not null"
                        + " order by s.year desc, s.confirmed_at desc")
                .param(region)
                .query(this::row)
                .list();
    }

    /** The regions of the selection's cohort, by code (none before it is confirmed). */
    List<CohortRegion> ofSelection(long selection) {
        return jdbc.sql(COLUMNS + " where s.id = ? and s.confirmed_at is not null order by p.region_code")
                .param(selection)
                .query(this::row)
                .list();
    }

    /** Whether the region is in any confirmed cohort. */
    boolean inProgramme(String region) {
        return jdbc.sql("select exists (select 1 from programme_participant p join programme_selection s"
                        + " on s.id = p.selection_id where p.region_code = ? and s.confirmed_at is not null)")
                .param(region)
                .query(Boolean.class)
                .single();
    }

    private CohortRegion row(ResultSet rs, int n) throws SQLException {
        Date signed = rs.getDate("mou_signed_on");
        return new CohortRegion(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getString("region_code"),
                rs.getString("mou_number"),
                signed == null ? null : signed.toLocalDate());
    }
}
