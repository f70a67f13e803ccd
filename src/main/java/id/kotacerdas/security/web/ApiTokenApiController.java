package id.kotacerdas.security.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ApiToken;
import id.kotacerdas.security.IssuedApiToken;
import id.kotacerdas.security.ManageApiTokens;
import id.kotacerdas.security.NewApiToken;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** API tokens of one's own account, and (ADMIN) of any account. */
@ApiController("/api/v1/users")
@Tag(name = "Users")
class ApiTokenApiController {

    private final ManageApiTokens tokens;

    ApiTokenApiController(ManageApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/me/tokens")
    @Operation(summary = "One's own API tokens (never the tokens themselves)")
    @ProblemCodes
    List<ApiToken> own(Actor actor) {
        return tokens.list(actor, actor.username());
    }

    @PostMapping("/me/tokens")
    @Operation(
            summary = "Create an API token for one's own account",
            description = "scope READ_ONLY (GET and HEAD only; the default) or READ_WRITE; days 1–365 (90). The"
                    + " token is in the answer once; send it as 'Authorization: Bearer <token>'.")
    @ProblemCodes(
            invalidInput = {"token.days.invalid", "token.name.invalid", "token.scope.invalid"},
            conflict = "token.exists")
    ResponseEntity<IssuedApiToken> createOwn(@RequestBody NewApiToken body, Actor actor) {
        return created(tokens.create(actor, actor.username(), body), "me");
    }

    @DeleteMapping("/me/tokens/{name}")
    @Operation(summary = "Revoke one of one's own API tokens")
    @ProblemCodes(notFound = "token.notFound")
    ResponseEntity<Void> revokeOwn(@PathVariable String name, Actor actor) {
        tokens.revoke(actor, actor.username(), name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{username}/tokens")
    @Operation(summary = "An account's API tokens (ADMIN)")
    @ProblemCodes(notFound = "user.notFound")
    List<ApiToken> list(@PathVariable String username, Actor actor) {
        return tokens.list(actor, username);
    }

    @PostMapping("/{username}/tokens")
    @Operation(summary = "Create an API token for an account (ADMIN); shown once")
    @ProblemCodes(
            invalidInput = {"token.days.invalid", "token.name.invalid", "token.scope.invalid"},
            notFound = "user.notFound",
            conflict = "token.exists")
    ResponseEntity<IssuedApiToken> create(@PathVariable String username, @RequestBody NewApiToken body, Actor actor) {
        return created(tokens.create(actor, username, body), username);
    }

    @DeleteMapping("/{username}/tokens/{name}")
    @Operation(summary = "Revoke an account's API token (ADMIN)")
    @ProblemCodes(notFound = {"token.notFound", "user.notFound"})
    ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable String name, Actor actor) {
        tokens.revoke(actor, username, name);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<IssuedApiToken> created(IssuedApiToken token, String owner) {
        return ResponseEntity.created(URI.create("/api/v1/users/" + owner + "/tokens/" + token.name()))
                .body(token);
    }
}
