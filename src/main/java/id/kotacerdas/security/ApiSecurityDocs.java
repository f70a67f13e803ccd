package id.kotacerdas.security;

import id.kotacerdas.shared.web.ProblemDocs;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The API contract's authentication, from the rules the security chain applies ({@link ApiAccess}), so that the
 * document cannot say otherwise: the three ways to sign a call (an API token, HTTP Basic, the browser session with
 * its CSRF token), which operations anyone may call, and the refusals of the chain itself (401, 403, 429).
 */
@Component
@Order(0)
class ApiSecurityDocs implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    static final String SESSION = "session";
    static final String ACCESS = "x-access";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addSecuritySchemes(BEARER, ApiSecuritySchemes.bearer())
                .addSecuritySchemes(BASIC, ApiSecuritySchemes.basic())
                .addSecuritySchemes(SESSION, ApiSecuritySchemes.session());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiAccess.Level level = ApiAccess.level(method.name(), path);
        List<SecurityRequirement> security = new ArrayList<>();
        if (level == ApiAccess.Level.PUBLIC) {
            // anyone; credentials, when sent, are checked and count (an administrator sees drafts)
            security.add(new SecurityRequirement());
        }
        security.add(new SecurityRequirement().addList(BEARER));
        security.add(new SecurityRequirement().addList(BASIC));
        security.add(new SecurityRequirement().addList(SESSION));
        operation.setSecurity(security);
        operation.addExtension(ACCESS, level.name());
        List<String> unauthorized = new ArrayList<>(List.of("security.tokenInvalid"));
        if (level != ApiAccess.Level.PUBLIC) {
            unauthorized.add(0, "security.unauthorized");
        }
        ProblemDocs.refuses(
                operation,
                HttpStatus.UNAUTHORIZED,
                level == ApiAccess.Level.PUBLIC
                        ? "The credentials sent are wrong (none are needed)."
                        : "No credentials, or wrong ones; the session ended.",
                unauthorized);
        List<String> forbidden = new ArrayList<>();
        if (level != ApiAccess.Level.PUBLIC) {
            // ADMIN: the chain refuses other roles; SIGNED_IN: a use case may refuse the caller's role
            forbidden.add("security.forbidden");
        }
        if (level == ApiAccess.Level.SIGNED_IN && path.contains("{code}")) {
            forbidden.add("region.forbidden");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            forbidden.add("security.csrf");
            forbidden.add("token.readOnly");
        }
        if (!PasswordChangeRequired.API_ALLOWED.contains(method.name() + " " + path)) {
            forbidden.add("account.passwordChangeRequired");
        }
        ProblemDocs.refuses(operation, HttpStatus.FORBIDDEN, "The caller may not do this.", forbidden);
        ProblemDocs.refuses(
                operation,
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins from this address: wait as long as `Retry-After` says.",
                "security.throttled");
    }
}
