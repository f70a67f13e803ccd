package id.kotacerdas.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;

/**
 * The {@code Problem} schema of the API contract: RFC 9457's members as {@link ApiProblemHandler} and the security
 * chain write them, {@code code} (the message key naming the rule), and the members some refusals add.
 */
final class ProblemSchema {

    private ProblemSchema() {}

    static Schema<Object> schema() {
        Schema<Object> problem = typed("object")
                .description("A refusal (RFC 9457), its `detail` in the caller's language. Some refusals add members"
                        + " of their own: `currentVersion` (a stale edit), `unanswered` or `unscored` (question"
                        + " numbers), `retryAfterSeconds`, `incomplete`, `region`, `dimension`.")
                .addProperty("type", typed("string").description("`about:blank`: the status says the kind"))
                .addProperty("title", typed("string").description("the status's reason phrase"))
                .addProperty("status", typed("integer").format("int32").description("the HTTP status"))
                .addProperty("detail", typed("string").description("what was refused and why, for people"))
                .addProperty("instance", typed("string").description("the path that was called"))
                .addProperty(
                        "code",
                        typed("string")
                                .description("the rule that refused it, a message key such as `period.notFound`;"
                                        + " stable, for programs"))
                .addProperty("field", typed("string").description("the input field at fault, when there is one"))
                .addProperty(
                        "errors",
                        typed("array")
                                .description("`error.validation`: each invalid field with its message")
                                .items(typed("object")
                                        .addProperty("field", typed("string"))
                                        .addProperty("message", typed("string"))));
        problem.setRequired(List.of("status", "title"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setTypes(Set.of(type));
        return schema;
    }
}
