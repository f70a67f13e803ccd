package id.kotacerdas.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A signed note of when a survey form was handed out, so that the time a respondent took can be measured
 * without storing anything about them: "{epochSeconds}.{HMAC-SHA256 of it, base64url}".
 */
public final class FormToken {

    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    public FormToken(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("form token key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String issue(Instant now) {
        String issued = String.valueOf(now.getEpochSecond());
        return issued + "." + sign(issued);
    }

    /** When the form was issued; empty when the token was not signed with this key. */
    public Optional<Instant> issuedAt(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String issued = token.substring(0, dot);
        byte[] expected = sign(issued).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(issued)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
