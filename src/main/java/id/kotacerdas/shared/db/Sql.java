package id.kotacerdas.shared.db;

import java.util.regex.Pattern;

/** Names of tables and sequences written into statements, after checking they are plain identifiers. */
final class Sql {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Sql() {}

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
        return name;
    }
}
