package id.kotacerdas.survey.web;

import java.util.Map;

/**
 * A survey response as the API takes it: {@code {"dimension":"GOVERNANCE","answers":{"50":4,...}}}. Optional:
 * {@code comment}, {@code formToken} (from the form, to time the answering) and {@code website} (must stay empty).
 */
record SubmissionBody(
        String dimension, Map<String, Integer> answers, String comment, String formToken, String website) {}
