package id.kotacerdas.scoring.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scoring domain is plain Java: it can be read next to docs/method.md and reused anywhere. Reading published
 * tables (commons-csv, fastexcel) is I/O and lives beside it, in {@code scoring.table}.
 */
class ScoringDomainArchitectureTest {

    @Test
    void scoring_domain_depends_on_the_jdk_only() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kotacerdas.scoring.domain");

        noClasses()
                .that()
                .resideInAPackage("id.kotacerdas.scoring.domain..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "id.kotacerdas.scoring.domain..")
                .check(domain);
    }
}
