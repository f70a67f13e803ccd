package id.kotacerdas.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Removing an item, and stopping or resuming a quick win. */
@Repository
class MasterplanItemLifecycleRepository {

    /**
     * What the audit trail and the freeze check need of an item: its name and every year it has figures (targets,
     * realisations, evidence files) for.
     */
    record Figures(String name, List<Integer> years) {}

    private final JdbcClient jdbc;

    MasterplanItemLifecycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Figures> figures(long plan, long item) {
        return jdbc.sql("select name from masterplan_item where id = ? and masterplan_id = ?")
                .params(item, plan)
                .query(String.class)
                .optional()
                .map(name -> new Figures(
                        name,
                        jdbc.sql("select year from masterplan_target where item_id = ? union select year from"
                                        + " masterplan_realisation where item_id = ? union select year from"
                                        + " masterplan_evidence where item_id = ? order by 1")
                                .params(item, item, item)
                                .query(Integer.class)
                                .list()));
    }

    /** Deletes the item; its targets and realisations go with it (on delete cascade), its files must have gone. */
    void delete(long item) {
        jdbc.sql("delete from masterplan_item where id = ?").param(item).update();
    }

    /** Stops a quick win from the year with a reason, or resumes it with both null. */
    void stop(long item, Integer year, String reason) {
        jdbc.sql("update masterplan_item set stopped_year = ?, stop_reason = ? where id = ?")
                .params(year, reason, item)
                .update();
    }

    Optional<Integer> stoppedYear(long item) {
        return jdbc.sql("select stopped_year from masterplan_item where id = ? and stopped_year is not null")
                .param(item)
                .query(Integer.class)
                .optional();
    }
}
