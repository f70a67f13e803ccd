package id.kotacerdas.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The options the running server was started with ({@code postmaster.opts}), less its data folder. */
final class ServerOptions {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private ServerOptions() {}

    /** For {@code pg_ctl -o}: {@code "-p" "5432" "-F" "-c" "name=value"}. */
    static String of(Path pgData) throws IOException {
        String line = Files.readString(pgData.resolve("postmaster.opts"), StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            options.add(m.group(1));
        }
        int data = options.indexOf("-D");
        if (data >= 0) {
            options.remove(data + 1);
            options.remove(data);
        }
        return String.join(" ", options.stream().map(o -> "\"" + o + "\"").toList());
    }
}
