package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.MonitoredItem;
import id.kotacerdas.monitoring.domain.Realisation;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.shared.domain.Conflict;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MasterplanRepository {

    private static final String PLAN =
            "select id, region_code, title, start_year, end_year, legal_basis, vision from masterplan";

    private final JdbcClient jdbc;

    MasterplanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String region, String title, int start, int end, String legalBasis, String vision, String by) {
        return jdbc.sql("insert into masterplan (region_code, title, start_year, end_year, legal_basis, vision,"
                        + " created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(region, title, start, end, legalBasis, vision, by)
                .query(Long.class)
                .single();
    }

    Optional<MasterplanView> find(long id) {
        return jdbc.sql(PLAN + " where id = ?").param(id).query(this::plan).optional();
    }

    List<MasterplanView> all() {
        return jdbc.sql(PLAN + " order by region_code, start_year")
                .query(this::plan)
                .list();
    }

    List<MasterplanView> ofRegion(String region) {
        return jdbc.sql(PLAN + " where region_code = ? order by start_year")
                .param(region)
                .query(this::plan)
                .list();
    }

    /** @throws Conflict when another item of the plan has the code */
    long insertItem(long plan, NewItem item, String by) {
        long id;
        try {
            id = jdbc.sql("insert into masterplan_item (masterplan_id, code, category, smart_dimension, level, name,"
                            + " unit, direction, responsible_agency, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " returning id")
                    .params(
                            plan,
                            item.code(),
                            item.category().name(),
                            name(item.smartDimension()),
                            name(item.level()),
                            item.name(),
                            item.unit(),
                            item.direction().name(),
                            item.responsibleAgency(),
                            by)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new Conflict(
                    "masterplan.item.codeTaken",
                    "Another item of the masterplan has the code " + item.code(),
                    item.code());
        }
        item.targets()
                .forEach((year, value) -> jdbc.sql(
                                "insert into masterplan_target (item_id, year, value) values (?, ?, ?)")
                        .params(id, year, value)
                        .update());
        return id;
    }

    /** The category of the masterplan's item, or empty when the masterplan has no such item. */
    Optional<Category> category(long plan, long item) {
        return jdbc.sql("select category from masterplan_item where id = ? and masterplan_id = ?")
                .params(item, plan)
                .query(String.class)
                .optional()
                .map(Category::valueOf);
    }

    boolean itemOf(long plan, long item) {
        return jdbc.sql("select count(*) from masterplan_item where id = ? and masterplan_id = ?")
                        .params(item, plan)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void saveRealisation(long item, int year, Integer semester, BigDecimal value, String note, String by) {
        jdbc.sql("insert into masterplan_realisation (item_id, year, semester, value, note, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (item_id, year, semester) do update set"
                        + " value = excluded.value, note = excluded.note, updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .params(item, year, semester == null ? 0 : semester, value, note, by)
                .update();
    }

    /**
     * An item with the words around it: id, name, unit, responsible agency, its code (null when none), and why a
     * stopped quick win was stopped (null otherwise).
     */
    record Detail(
            long id,
            String name,
            String unit,
            String responsibleAgency,
            MonitoredItem item,
            String code,
            String stopReason) {}

    /** The plan's items with their targets and realisations, in the order they were added. */
    List<Detail> details(long plan) {
        Map<Long, Map<Integer, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("select t.item_id, t.year, t.value from masterplan_target t join masterplan_item i on i.id ="
                        + " t.item_id where i.masterplan_id = ?")
                .param(plan)
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        Map<Long, List<Realisation>> realised = new HashMap<>();
        jdbc.sql("select r.item_id, r.year, r.semester, r.value, r.note from masterplan_realisation r join"
                        + " masterplan_item i on i.id = r.item_id where i.masterplan_id = ?")
                .param(plan)
                .query(rs -> {
                    int semester = rs.getInt(3);
                    realised.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Realisation(
                                    rs.getInt(2),
                                    semester == 0 ? null : semester,
                                    rs.getBigDecimal(4),
                                    rs.getString(5)));
                });
        Map<Long, Detail> items = new LinkedHashMap<>();
        jdbc.sql("select id, code, category, smart_dimension, level, direction, name, unit, responsible_agency,"
                        + " stopped_year, stop_reason from masterplan_item where masterplan_id = ? order by id")
                .param(plan)
                .query(rs -> {
                    long id = rs.getLong("id");
                    MonitoredItem item = new MonitoredItem(
                            Category.valueOf(rs.getString("category")),
                            value(SmartDimension.class, rs.getString("smart_dimension")),
                            value(RoadmapLevel.class, rs.getString("level")),
                            Direction.valueOf(rs.getString("direction")),
                            targets.getOrDefault(id, Map.of()),
                            realised.getOrDefault(id, List.of()),
                            rs.getObject("stopped_year", Integer.class));
                    items.put(
                            id,
                            new Detail(
                                    id,
                                    rs.getString("name"),
                                    rs.getString("unit"),
                                    rs.getString("responsible_agency"),
                                    item,
                                    rs.getString("code"),
                                    rs.getString("stop_reason")));
                });
        return List.copyOf(items.values());
    }

    private MasterplanView plan(ResultSet rs, int row) throws SQLException {
        return new MasterplanView(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getString("title"),
                rs.getInt("start_year"),
                rs.getInt("end_year"),
                rs.getString("legal_basis"),
                rs.getString("vision"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
