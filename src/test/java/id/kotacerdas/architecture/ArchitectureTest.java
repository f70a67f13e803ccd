package id.kotacerdas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.stereotype.Repository;

/**
 * Module boundaries: one top-level package per capability; other modules use only its top-level
 * package (the facade and its views), never its domain/ or web/; domains are free of Spring; modules
 * do not depend on each other in a cycle; repositories stay inside their module.
 */
class ArchitectureTest {

    static final List<String> MODULES = List.of(
            "region",
            "instrument",
            "scoring",
            "security",
            "assessment",
            "audit",
            "survey",
            "report",
            "monitoring",
            "programme",
            "award",
            "analytics",
            "demo",
            "notification");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kotacerdas");
    }

    @Test
    void domains_know_nothing_of_spring_the_web_or_the_database() {
        noClasses()
                .that()
                .resideInAPackage("id.kotacerdas..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void other_modules_use_only_the_top_level_package(String module) {
        String base = "id.kotacerdas." + module;
        noClasses()
                .that()
                .resideOutsideOfPackage(base + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(base + ".domain..", base + ".web..")
                .check(classes);
    }

    @Test
    void modules_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("id.kotacerdas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositories_are_not_public() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void the_shared_kernel_depends_on_no_module() {
        noClasses()
                .that()
                .resideInAPackage("id.kotacerdas.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        MODULES.stream().map(m -> "id.kotacerdas." + m + "..").toArray(String[]::new))
                .check(classes);
    }

    static List<String> modules() {
        return MODULES;
    }
}
