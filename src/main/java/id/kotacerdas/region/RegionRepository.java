package id.kotacerdas.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final String SELECT_REGION = """
            select r.code, r.name, r.kind, r.province_code as provinceCode, p.name as provinceName
            from region r join province p on p.code = r.province_code
            """;

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegionView> findAll() {
        return jdbc.sql(SELECT_REGION + " order by r.code")
                .query(RegionView.class)
                .list();
    }

    List<ProvinceView> provinces() {
        return jdbc.sql("""
                        select p.code, p.name, count(r.code) as regions
                        from province p left join region r on r.province_code = p.code
                        group by p.code, p.name order by p.code
                        """).query(ProvinceView.class).list();
    }

    int countRegions() {
        return jdbc.sql("select count(*) from region").query(Integer.class).single();
    }

    void insertProvince(String code, String name) {
        jdbc.sql("insert into province (code, name) values (?, ?)")
                .params(code, name)
                .update();
    }

    void insertRegion(String code, String provinceCode, String name, String kind) {
        jdbc.sql("insert into region (code, province_code, name, kind) values (?, ?, ?, ?)")
                .params(code, provinceCode, name, kind)
                .update();
    }
}
