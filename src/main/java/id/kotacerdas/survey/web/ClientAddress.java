package id.kotacerdas.survey.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * Who is submitting, for the rate limits only (never stored): the client address (behind a proxy, configure
 * {@code server.forward-headers-strategy}) and a random device cookie the survey pages set.
 */
final class ClientAddress {

    static final String DEVICE_COOKIE = "kc_survey_device";

    private ClientAddress() {}

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static String device(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Gives the browser a device cookie when it has none. */
    static void ensureDevice(HttpServletRequest request, HttpServletResponse response) {
        if (device(request) == null) {
            Cookie cookie = new Cookie(DEVICE_COOKIE, UUID.randomUUID().toString());
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
    }
}
