package id.kotacerdas.demo;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.security.Role;
import id.kotacerdas.shared.io.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts, one or more per role: an operator per region, the five assessors of the panels, an
 * enumerator for the survey region (the administrator is {@code admin}, created at first start). Each gets a
 * random password (per database: created once, never reset), must change it at first sign-in like the generated
 * administrator's, and is listed once in the log and in {@code KC_DATA_DIR/demo-accounts.txt} (owner only).
 */
@Component
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String FILE = "demo-accounts.txt";

    /** One account as the block lists it. */
    record Created(Role role, String username, String region, String password) {}

    private final ManageAccounts accounts;
    private final RegionApi regions;
    private final Path dataDir;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(ManageAccounts accounts, RegionApi regions, @Value("${kc.data-dir:./data}") Path dataDir) {
        this.accounts = accounts;
        this.regions = regions;
        this.dataDir = dataDir;
    }

    /** Creates the accounts no one created before (an existing one keeps its password and is not listed). */
    List<Created> create() {
        List<Created> created = new ArrayList<>();
        for (DemoRegion region : DemoData.REGIONS) {
            String name = regions.get(region.code()).name();
            add(created, Role.OPERATOR, DemoData.operatorOf(region), "Operator " + name, region.code(), name);
        }
        for (DemoAssessor assessor : DemoData.ASSESSORS) {
            add(created, Role.ASSESSOR, assessor.username(), assessor.fullName(), null, assessor.affiliation());
        }
        DemoRegion survey = DemoData.SURVEY;
        String name = regions.get(survey.code()).name();
        add(created, Role.ENUMERATOR, DemoData.enumeratorOf(survey), "Enumerator " + name, survey.code(), name);
        return created;
    }

    /** Writes the block to the log and to the file beside the administrator's password. */
    void announce(List<Created> created) {
        if (created.isEmpty()) {
            return;
        }
        StringBuilder block = new StringBuilder();
        block.append(String.format("%-11s %-22s %-24s %s%n", "role", "username", "region", "password"));
        block.append(String.format(
                "%-11s %-22s %-24s %s%n", "ADMIN", "admin", "-", "(KC_ADMIN_PASSWORD or admin-password.txt)"));
        for (Created c : created) {
            block.append(String.format(
                    "%-11s %-22s %-24s %s%n",
                    c.role(),
                    c.username(),
                    c.region() == null
                            ? "-"
                            : c.region() + " " + regions.get(c.region()).name(),
                    c.password()));
        }
        Path file = write(block.toString());
        log.warn(
                "Demo accounts of period {} (shown once; also in {}, readable by this user only). Each must change"
                        + " its password at first sign-in.{}{}",
                DemoData.YEAR,
                file.toAbsolutePath(),
                System.lineSeparator(),
                block);
    }

    private void add(List<Created> created, Role role, String username, String fullName, String region, String aff) {
        if (accounts.list().stream().anyMatch(a -> a.username().equals(username))) {
            log.info("Demo account {} exists already: its password is unchanged", username);
            return;
        }
        String password = password();
        accounts.create(new NewAccount(username, password, fullName, role.name(), region, aff), DemoData.ACTOR);
        created.add(new Created(role, username, region, password));
    }

    private String password() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Where the accounts are written: beside the administrator's generated password. */
    Path file() {
        return dataDir.resolve(FILE);
    }

    private Path write(String block) {
        Path file = file();
        try {
            Files.createDirectories(dataDir);
            OwnerOnlyFiles.write(file, block);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo accounts to " + file, e);
        }
    }
}
