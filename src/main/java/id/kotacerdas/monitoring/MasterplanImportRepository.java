package id.kotacerdas.monitoring;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the Excel import writes beyond items and their words: the masterplan's lock, an item's numbers. */
@Repository
class MasterplanImportRepository {

    private final JdbcClient jdbc;

    MasterplanImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the masterplan until the transaction ends: two imports of one masterplan run one after the other. */
    void lock(long plan) {
        jdbc.sql("select id from masterplan where id = ? for update")
                .param(plan)
                .query(Long.class)
                .single();
    }

    void saveTarget(long item, int year, BigDecimal value) {
        jdbc.sql("insert into masterplan_target (item_id, year, value) values (?, ?, ?)"
                        + " on conflict (item_id, year) do update set value = excluded.value")
                .params(item, year, value)
                .update();
    }

    /** A realisation from the workbook: the value replaces the stored one, whose note stays. */
    void saveRealisation(long item, int year, int semester, BigDecimal value, String by) {
        jdbc.sql("insert into masterplan_realisation (item_id, year, semester, value, updated_by)"
                        + " values (?, ?, ?, ?, ?) on conflict (item_id, year, semester) do update set"
                        + " value = excluded.value, updated_by = excluded.updated_by, updated_at = now()")
                .params(item, year, semester, value, by)
                .update();
    }
}
