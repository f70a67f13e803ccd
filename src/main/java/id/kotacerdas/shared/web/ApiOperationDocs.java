package id.kotacerdas.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents what every API operation can be refused with, from its handler method, so that an operation added
 * later is documented without a change here: 400 when it takes input, 404 when its path names something, 409 when
 * it changes something, 413 when it takes a file (sent as multipart, which the document then says), 503 always; with the codes the handler's refusals carry
 * ({@link ApiProblemHandler}) and those its controller declares ({@link ProblemCodes}). Also gives each operation
 * a stable {@code operationId}: the controller's name and the method's ({@code regionRegions} for
 * {@code RegionApiController.regions}), never a counter that changes when another controller adds a method.
 */
@Component
class ApiOperationDocs implements GlobalOperationCustomizer {

    private static final String MULTIPART = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ApiController.class)) {
            return operation;
        }
        operation.setOperationId(operationId(handler));
        boolean uploads = Stream.of(handler.getMethodParameters()).anyMatch(ApiOperationDocs::upload);
        if (uploads) {
            multipart(operation);
        }
        boolean names = parameters(operation).anyMatch(p -> "path".equals(p.getIn()));
        Declared declared = Declared.of(handler, names);
        List<String> invalid = new ArrayList<>(declared.invalidInput());
        if (operation.getRequestBody() != null) {
            invalid.add("error.unreadable");
        }
        if (validated(handler)) {
            invalid.add("error.validation");
        }
        if (Stream.of(handler.getMethodParameters()).anyMatch(ApiOperationDocs::requiredParameter)) {
            invalid.add("error.missing");
        }
        if (parameters(operation).anyMatch(p -> !"string".equals(type(p)))) {
            invalid.add("error.unreadable");
        }
        if (!invalid.isEmpty() || operation.getRequestBody() != null) {
            ProblemDocs.refuses(
                    operation, HttpStatus.BAD_REQUEST, "The input is unreadable or breaks a rule (`code`).", invalid);
        }
        if (!declared.forbidden().isEmpty()) {
            ProblemDocs.refuses(operation, HttpStatus.FORBIDDEN, null, declared.forbidden());
        }
        if (parameters(operation).anyMatch(p -> "path".equals(p.getIn()))
                || !declared.notFound().isEmpty()) {
            ProblemDocs.refuses(
                    operation, HttpStatus.NOT_FOUND, "Nothing by the identifiers in the path.", declared.notFound());
        }
        if (changes(handler) || !declared.conflict().isEmpty()) {
            ProblemDocs.refuses(
                    operation,
                    HttpStatus.CONFLICT,
                    "Not allowed in the current state (e.g. the period's stage), or based on a stale version.",
                    declared.conflict());
        }
        List<String> tooLarge = new ArrayList<>(declared.contentTooLarge());
        if (uploads) {
            tooLarge.add("error.tooLarge");
        }
        if (!tooLarge.isEmpty()) {
            ProblemDocs.refuses(operation, HttpStatus.CONTENT_TOO_LARGE, "The body is over its size limit.", tooLarge);
        }
        if (!declared.tooManyRequests().isEmpty()) {
            ProblemDocs.refuses(
                    operation,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests: wait as long as `Retry-After` says.",
                    declared.tooManyRequests());
        }
        ProblemDocs.refuses(
                operation,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached: try again after `Retry-After` seconds.",
                DatabaseUnavailable.MESSAGE_KEY);
        return operation;
    }

    /** {@code regionRegions} for {@code RegionApiController.regions}: unique as long as Java names are. */
    static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName();
        String stem = controller.replaceFirst("(Api)?Controller$", "");
        return StringUtils.uncapitalize(stem)
                + StringUtils.capitalize(handler.getMethod().getName());
    }

    /** A file sent as a multipart part ({@code @RequestPart}, or a {@code MultipartFile} request parameter). */
    private static boolean upload(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestPart.class)
                || MultipartFile.class.isAssignableFrom(parameter.getNestedParameterType());
    }

    /**
     * A handler that takes a file as a request parameter reads a multipart body, whatever its mapping declares; the
     * document says so (otherwise it offers the file's form as JSON, which a generated client would send).
     */
    private static void multipart(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        if (!content.containsKey(MULTIPART) && content.containsKey(JSON) && content.size() == 1) {
            content.addMediaType(MULTIPART, content.remove(JSON));
        }
    }

    private static boolean validated(HandlerMethod handler) {
        return Stream.of(handler.getMethodParameters())
                .anyMatch(p -> Stream.of(p.getParameterAnnotations())
                        .anyMatch(a -> Set.of("Valid", "Validated")
                                .contains(a.annotationType().getSimpleName())));
    }

    private static boolean requiredParameter(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return param.required() && !parameter.isOptional();
        }
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        return part != null && part.required() && !parameter.isOptional();
    }

    private static boolean changes(HandlerMethod handler) {
        return !AnnotatedElementUtils.hasAnnotation(
                handler.getMethod(), org.springframework.web.bind.annotation.GetMapping.class);
    }

    private static Stream<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream();
    }

    private static String type(Parameter parameter) {
        io.swagger.v3.oas.models.media.Schema<?> schema = parameter.getSchema();
        if (schema == null) {
            return "string";
        }
        java.util.Set<String> types = schema.getTypes();
        if (types != null && !types.isEmpty()) {
            return types.iterator().next();
        }
        return String.valueOf(schema.getType());
    }

    /** The codes the handler's class and method declare, merged. */
    record Declared(
            List<String> invalidInput,
            List<String> forbidden,
            List<String> notFound,
            List<String> conflict,
            List<String> contentTooLarge,
            List<String> tooManyRequests) {

        /** The class's codes ({@code notFound} only when the path names something) and the method's. */
        static Declared of(HandlerMethod handler, boolean pathNamesSomething) {
            Declared declared = new Declared(
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>());
            declared.add(
                    AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ProblemCodes.class),
                    pathNamesSomething);
            declared.add(handler.getMethodAnnotation(ProblemCodes.class), true);
            return declared;
        }

        private void add(ProblemCodes codes, boolean withNotFound) {
            if (codes != null) {
                invalidInput.addAll(List.of(codes.invalidInput()));
                forbidden.addAll(List.of(codes.forbidden()));
                if (withNotFound) {
                    notFound.addAll(List.of(codes.notFound()));
                }
                conflict.addAll(List.of(codes.conflict()));
                contentTooLarge.addAll(List.of(codes.contentTooLarge()));
                tooManyRequests.addAll(List.of(codes.tooManyRequests()));
            }
        }
    }
}
