package id.kotacerdas.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;

/**
 * How the API contract documents a refusal: an {@code application/problem+json} answer with the {@link #SCHEMA}
 * schema and, per {@code code} it can carry, an example named by the code (in {@code #/components/examples/<code>-<status>},
 * written once for the whole document by {@link ApiDocumentation}).
 */
public final class ProblemDocs {

    public static final String SCHEMA = "Problem";
    public static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String EXAMPLES = "#/components/examples/";

    private ProblemDocs() {}

    /**
     * Documents that {@code operation} answers {@code status} with a problem: {@code why} joins the description
     * (once), the codes join the examples. Calling it again for the same status adds to what is there.
     */
    public static void refuses(Operation operation, HttpStatus status, String why, Collection<String> codes) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        String key = String.valueOf(status.value());
        ApiResponse response = operation.getResponses().get(key);
        if (response == null) {
            response = new ApiResponse()
                    .description(status.getReasonPhrase() + ".")
                    .content(new Content()
                            .addMediaType(
                                    MEDIA_TYPE,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            operation.getResponses().addApiResponse(key, response);
        }
        if (why != null && !response.getDescription().contains(why)) {
            response.setDescription(response.getDescription() + " " + why);
        }
        MediaType problem = response.getContent().get(MEDIA_TYPE);
        if (problem == null || codes.isEmpty()) {
            return;
        }
        Set<String> all = new TreeSet<>(codes);
        if (problem.getExamples() != null) {
            all.addAll(problem.getExamples().keySet());
        }
        Map<String, Example> examples = new LinkedHashMap<>();
        all.forEach(code -> examples.put(code, new Example().$ref(EXAMPLES + exampleName(code, status.value()))));
        problem.setExamples(examples);
    }

    /** The example of {@code code} answered with {@code status}: {@code period.notFound-404}. */
    static String exampleName(String code, int status) {
        return code + "-" + status;
    }

    public static void refuses(Operation operation, HttpStatus status, String why, String... codes) {
        refuses(operation, status, why, Set.of(codes));
    }
}
