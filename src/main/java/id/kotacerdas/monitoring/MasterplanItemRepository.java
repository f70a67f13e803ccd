package id.kotacerdas.monitoring;

import id.kotacerdas.shared.domain.Conflict;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Changes to one item as an operator edits it: its words and its targets, replaced whole. */
@Repository
class MasterplanItemRepository {

    private final JdbcClient jdbc;

    MasterplanItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, BigDecimal> targets(long item) {
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        jdbc.sql("select year, value from masterplan_target where item_id = ?")
                .param(item)
                .query(rs -> {
                    targets.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return targets;
    }

    /** The item's words and its targets, the targets replaced whole. */
    void update(long item, NewItem changed) {
        updateWords(item, changed);
        jdbc.sql("delete from masterplan_target where item_id = ?").param(item).update();
        changed.targets()
                .forEach((year, value) -> jdbc.sql(
                                "insert into masterplan_target (item_id, year, value) values (?, ?, ?)")
                        .params(item, year, value)
                        .update());
    }

    /** The item's words (code, category, smart dimension, level, name, unit, direction, agency), not its numbers. */
    void updateWords(long item, NewItem changed) {
        try {
            jdbc.sql("update masterplan_item set code = ?, category = ?, smart_dimension = ?, level = ?, name = ?,"
                            + " unit = ?, direction = ?, responsible_agency = ? where id = ?")
                    .params(
                            changed.code(),
                            changed.category().name(),
                            changed.smartDimension() == null
                                    ? null
                                    : changed.smartDimension().name(),
                            changed.level() == null ? null : changed.level().name(),
                            changed.name(),
                            changed.unit(),
                            changed.direction().name(),
                            changed.responsibleAgency(),
                            item)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict(
                    "masterplan.item.codeTaken", "Another item has the code " + changed.code(), changed.code());
        }
    }
}
