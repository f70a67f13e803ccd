package id.kotacerdas.security.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an account's notices go: an optional e-mail address (one mailbox, {@code local@domain.tld}, at most 254
 * characters, no spaces, no display name) and the language of its notices, {@code id} (Bahasa Indonesia, the default)
 * or {@code en}.
 */
public final class ContactRules {

    public static final String DEFAULT_LANGUAGE = "id";
    public static final Set<String> LANGUAGES = Set.of("id", "en");

    private static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private ContactRules() {}

    /** The address as stored: null when none is given, else stripped; refused when it is not one mailbox. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new InvalidInput("email", "user.email.invalid", "Not an e-mail address: " + address, address);
        }
        return address;
    }

    /** The language as stored: the default when none is given; refused when it is neither id nor en. */
    public static String language(String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
            throw new InvalidInput("language", "user.language.invalid", "Language must be id or en", language);
        }
        return code;
    }
}
