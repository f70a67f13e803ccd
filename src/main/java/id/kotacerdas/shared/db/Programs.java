package id.kotacerdas.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one of the embedded server's programs (pg_ctl, pg_dump, pg_restore) and waits for it. */
final class Programs {

    private Programs() {}

    private static boolean asRootOnLinux() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && "root".equals(System.getProperty("user.name"));
    }

    static void run(Path program, List<String> arguments, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        if (asRootOnLinux()) {
            // PostgreSQL's server programs refuse to run as root: as zonky does, in a user namespace
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroy();
                throw new IOException(program.getFileName() + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program.getFileName() + " interrupted", e);
        }
    }
}
