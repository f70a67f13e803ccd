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
 * A signed form: "{payload}.{HMAC-SHA256 of it}", both base64url, the payload being
 * "year|region|dimension or *|epochSeconds|nonce". Nothing is stored when a form is handed out; the nonce is
 * stored with the response it was used for, so a token is used once ({@link FormClaims}).
 */
public final class FormToken {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 300;

    private final byte[] key;

    public FormToken(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("form token key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String issue(FormClaims claims) {
        String payload = ENCODER.encodeToString(claims.payload().getBytes(StandardCharsets.UTF_8));
        return payload + "." + sign(payload);
    }

    /** The claims of a token signed with this key; empty when it was not, or is malformed. */
    public Optional<FormClaims> read(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        try {
            return FormClaims.parse(new String(DECODER.decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A keyed hash of any text (the address group of a response), so that the text itself is never stored. */
    public String hash(String purpose, String value) {
        return sign(purpose + "|" + value).substring(0, 22);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }

    /** For tests and callers that only need to know when a form was issued. */
    public Optional<Instant> issuedAt(String token) {
        return read(token).map(FormClaims::issuedAt);
    }
}
