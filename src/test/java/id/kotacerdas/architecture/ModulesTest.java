package id.kotacerdas.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.KotaCerdasApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith finds them from the code: a new top-level package is a module at once, and
 * the rules hold for it without anyone listing it (modules use each other's top-level package only, and never
 * in a cycle). The module diagrams in {@code docs/modules/} are written from the code by this test (sorted, so
 * they change only when the modules do).
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
        Path generated = Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path docs = Path.of("docs", "modules");
        Files.createDirectories(docs);
        Set<String> written = new TreeSet<>();
        try (Stream<Path> diagrams = Files.list(generated)) {
            for (Path diagram : diagrams.toList()) {
                written.add(diagram.getFileName().toString());
                writeIfChanged(docs.resolve(diagram.getFileName()), stable(Files.readString(diagram)));
            }
        }
        try (Stream<Path> old = Files.list(docs)) {
            for (Path diagram : old.toList()) {
                if (!written.contains(diagram.getFileName().toString())) {
                    Files.delete(diagram);
                }
            }
        }
        String diagram = Files.readString(docs.resolve("components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains('"' + module.getDisplayName() + '"'));
    }

    /**
     * The Documenter lists components and relations in hash order, which differs from run to run: sorted, a
     * diagram changes in {@code docs/} only when the modules do.
     */
    static String stable(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (listed(line) && (run.isEmpty() || kind(run.get(0)).equals(kind(line)))) {
                run.add(line);
                continue;
            }
            flush(run, out);
            if (listed(line)) {
                run.add(line);
            } else {
                out.add(line);
            }
        }
        flush(run, out);
        return String.join("\n", out) + "\n";
    }

    private static boolean listed(String line) {
        return !kind(line).isEmpty();
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : "";
    }

    private static void flush(List<String> run, List<String> out) {
        run.sort(null);
        out.addAll(run);
        run.clear();
    }

    private static void writeIfChanged(Path target, String content) throws IOException {
        if (!Files.exists(target) || !Files.readString(target).equals(content)) {
            Files.writeString(target, content);
        }
    }
}
