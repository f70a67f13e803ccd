package id.kotacerdas.security.domain;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A password is at least 10 characters, at most 128, and not guessable: zxcvbn (which knows the
 * passwords of public breach corpora, keyboard patterns, dates and dictionary words) must rate it at
 * least 3 of 4, with the person's own username, name and the product's words counted as known.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;
    private static final List<String> PRODUCT_WORDS = List.of("kota", "cerdas", "kotacerdas", "smartcity", "komdigi");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Refuses a weak password with a reason the person can act on. */
    public void check(String password, String... personalWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(
                    "password", "password.tooShort", "The password needs at least 10 characters", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(
                    "password", "password.tooLong", "The password may have at most 128 characters", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personalWords) {
            if (word != null && word.length() >= 3 && lower.contains(word.toLowerCase(Locale.ROOT))) {
                throw new InvalidInput(
                        "password", "password.personal", "The password must not contain the username or name");
            }
        }
        List<String> known = new ArrayList<>(PRODUCT_WORDS);
        for (String word : personalWords) {
            if (word != null) {
                known.add(word);
            }
        }
        Strength strength = zxcvbn.measure(password, known);
        if (strength.getScore() < MIN_SCORE) {
            throw new InvalidInput(
                    "password", "password.weak", "The password is too easy to guess (breached or common)");
        }
    }
}
