package id.kotacerdas.survey.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is submitting, for the rate limits and (as a keyed hash of its address group) the integrity view: the
 * client address. Behind a proxy configure {@code server.forward-headers-strategy}, so that it is the client's.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
