package id.kotacerdas.survey.web;

import java.util.Map;

/**
 * A survey response as the API takes it: {@code {"dimension":"GOVERNANCE","formToken":"…","answers":{"50":4,...}}}.
 * Optional:
 * {@code comment} and {@code website} (must stay empty); required: {@code formToken} (from the form, used once).
 */
record SubmissionBody(
        String dimension, Map<String, Integer> answers, String comment, String formToken, String website) {}
