package id.kotacerdas.security.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.regex.Pattern;

/**
 * What an account needs: a username of 3 to 64 lower-case letters, digits, dots, hyphens or
 * underscores; a name; an OPERATOR (and an ENUMERATOR) is bound to exactly one region; an ASSESSOR has an affiliation; an
 * ADMIN belongs to no region.
 */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private AccountRules() {}

    public static void check(String username, String fullName, String role, String regionCode, String affiliation) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInput(
                    "username", "user.username.invalid", "Username: 3-64 lower-case letters, digits, . _ -");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInput("fullName", "user.fullName.required", "The full name is required");
        }
        switch (role == null ? "" : role) {
            case "OPERATOR", "ENUMERATOR" -> {
                if (regionCode == null || regionCode.isBlank()) {
                    throw new InvalidInput(
                            "regionCode", "user.operator.region", "An operator is bound to exactly one region");
                }
            }
            case "ASSESSOR" -> {
                if (affiliation == null || affiliation.isBlank()) {
                    throw new InvalidInput(
                            "affiliation", "user.assessor.affiliation", "An assessor needs an affiliation");
                }
            }
            case "ADMIN" -> {
                if (regionCode != null && !regionCode.isBlank()) {
                    throw new InvalidInput("regionCode", "user.admin.region", "An administrator belongs to no region");
                }
            }
            default ->
                throw new InvalidInput(
                        "role", "user.role.invalid", "Role must be ADMIN, OPERATOR, ASSESSOR or ENUMERATOR");
        }
    }
}
