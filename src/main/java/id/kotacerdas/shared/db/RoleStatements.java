package id.kotacerdas.shared.db;

import java.util.regex.Pattern;

/**
 * The statements that set the embedded server's roles up. DDL takes no bind parameters, so the names and the
 * generated passwords are checked to hold only plain characters before they are written into a statement.
 */
final class RoleStatements {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RoleStatements() {}

    static String ownerPassword(DatabaseSecret secret) {
        return "alter role " + plain(secret.ownerUser()) + " with password '" + plain(secret.ownerPassword()) + "'";
    }

    static String appRoleExists(DatabaseSecret secret) {
        return "select 1 from pg_roles where rolname = '" + plain(secret.appUser()) + "'";
    }

    /** The application's role: may log in, nothing more (its table privileges come from the migrations). */
    static String appRole(DatabaseSecret secret, boolean exists) {
        return (exists ? "alter role " : "create role ")
                + plain(secret.appUser())
                + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                + plain(secret.appPassword())
                + "'";
    }

    private static String plain(String value) {
        if (!PLAIN.matcher(value).matches()) {
            throw new IllegalArgumentException("A role name or generated password holds unexpected characters");
        }
        return value;
    }
}
