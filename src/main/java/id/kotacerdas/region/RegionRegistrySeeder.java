package id.kotacerdas.region;

import id.kotacerdas.region.domain.RegionName;
import id.kotacerdas.shared.io.ClasspathTables;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the Kemendagri registry shipped in {@code data/wilayah/} (idn-area-data, ODbL) into an empty
 * database: 38 provinces and 514 kabupaten/kota.
 */
@Component
@Order(10)
class RegionRegistrySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionRegistrySeeder.class);

    private final RegionRepository regions;

    RegionRegistrySeeder(RegionRepository regions) {
        this.regions = regions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.countRegions() > 0) {
            return;
        }
        for (CSVRecord row : ClasspathTables.read("data/wilayah/provinces.csv", ClasspathTables.CSV)) {
            regions.insertProvince(row.get("code"), row.get("name"));
        }
        int count = 0;
        for (CSVRecord row : ClasspathTables.read("data/wilayah/regencies.csv", ClasspathTables.CSV)) {
            RegionName name = RegionName.of(row.get("code"), row.get("name"));
            regions.insertRegion(
                    name.code(),
                    row.get("province_code"),
                    name.name(),
                    name.kind().name());
            count++;
        }
        log.info("Loaded the region registry: {} kabupaten/kota", count);
    }
}
