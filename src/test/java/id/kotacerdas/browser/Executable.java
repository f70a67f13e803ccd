package id.kotacerdas.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A program the browser tests need, found where it was named (a system property, else an environment variable),
 * else by one of its names on the PATH, else in a well-known place. A name given explicitly is the only place
 * looked at.
 */
record Executable(String property, String variable, List<String> names, List<String> places) {

    static final Executable CHROMIUM = new Executable(
            "kc.browser",
            "KC_BROWSER",
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"),
            List.of(
                    "/usr/bin/chromium",
                    "/usr/lib/chromium/chromium",
                    "/snap/bin/chromium",
                    "/opt/google/chrome/chrome",
                    "/Applications/Chromium.app/Contents/MacOS/Chromium",
                    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"));

    static final Executable CHROMEDRIVER = new Executable(
            "kc.chromedriver",
            "KC_CHROMEDRIVER",
            List.of("chromedriver"),
            List.of(
                    "/usr/bin/chromedriver",
                    "/usr/lib/chromium/chromedriver",
                    "/usr/lib/chromium-browser/chromedriver",
                    "/snap/bin/chromium.chromedriver",
                    "/opt/homebrew/bin/chromedriver",
                    "/usr/local/bin/chromedriver"));

    Optional<Path> find() {
        Optional<String> named = named();
        Stream<String> candidates = named.isPresent()
                ? named.stream()
                : Stream.concat(names.stream().flatMap(Executable::onPath), places.stream());
        return candidates.flatMap(Executable::path).filter(Executable::runnable).findFirst();
    }

    /** Where it was looked for, to say so when it was not found. */
    String lookedFor() {
        return named().map(name -> property + "/" + variable + " names " + name + ", which is not an executable")
                .orElse("none of " + String.join(", ", names) + " on the PATH or in the usual places");
    }

    private Optional<String> named() {
        return Stream.of(System.getProperty(property), System.getenv(variable))
                .filter(name -> name != null && !name.isBlank())
                .findFirst();
    }

    private static Stream<String> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(dir + File.separator + name, dir + File.separator + name + ".exe"));
    }

    private static Stream<Path> path(String name) {
        try {
            return Stream.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Stream.empty();
        }
    }

    private static boolean runnable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
