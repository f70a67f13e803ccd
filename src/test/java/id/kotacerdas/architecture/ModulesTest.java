package id.kotacerdas.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.KotaCerdasApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith finds them from the code: a new top-level package is a module at once, and
 * the rules hold for it without anyone listing it (modules use each other's top-level package only, and never
 * in a cycle). The module diagrams in {@code docs/modules/} are written from the code by this test.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KotaCerdasApplication.class);

    @Test
    void modules_use_only_each_others_published_types_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void every_module_is_also_held_to_the_sharper_architecture_rules() {
        List<String> found = MODULES.stream()
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .filter(name -> !name.equals("shared"))
                .sorted()
                .toList();
        assertThat(found)
                .as("ArchitectureTest.MODULES lists every module Spring Modulith finds")
                .containsExactlyInAnyOrderElementsOf(ArchitectureTest.MODULES);
    }

    @Test
    void the_module_diagrams_in_docs_are_written_from_the_code() throws IOException {
        Path docs = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        String diagram = Files.readString(docs.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains('"' + module.getDisplayName() + '"'));
    }
}
