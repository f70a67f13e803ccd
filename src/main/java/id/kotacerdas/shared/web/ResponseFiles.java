package id.kotacerdas.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/** Headers of a downloaded file. */
public final class ResponseFiles {

    private ResponseFiles() {}

    public static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }
}
