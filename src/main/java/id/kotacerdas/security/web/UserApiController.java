package id.kotacerdas.security.web;

import id.kotacerdas.security.AccountSessions;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ContactChange;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/users")
@Tag(name = "Users", description = "Accounts: ADMIN (ministry), OPERATOR (one region), ASSESSOR")
class UserApiController {

    record AccountChange(@NotNull Boolean enabled) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    private final ManageAccounts accounts;
    private final AccountSessions sessions;

    UserApiController(ManageAccounts accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @PostMapping
    @Operation(
            summary = "Create an account (ADMIN)",
            description = "An OPERATOR needs regionCode, an ASSESSOR an affiliation. Weak, common or breached"
                    + " passwords, and ones containing the username or name, are refused with 400.")
    @ProblemCodes(
            invalidInput = {
                "password.personal",
                "password.tooLong",
                "password.tooShort",
                "password.weak",
                "region.notFound",
                "user.admin.region",
                "user.assessor.affiliation",
                "user.fullName.required",
                "user.operator.region",
                "user.role.invalid",
                "user.username.invalid"
            },
            conflict = "user.exists")
    ResponseEntity<UserAccount> create(@RequestBody NewAccount body, Actor actor) {
        UserAccount created = accounts.create(body, actor.username());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "All accounts (ADMIN)")
    @ProblemCodes
    List<UserAccount> list() {
        return accounts.list();
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    @ProblemCodes
    UserAccount me(Actor actor) {
        return accounts.get(actor.username());
    }

    @PutMapping("/me/password")
    @Operation(
            summary = "Change one's own password; the current one is required",
            description = "Ends the account's other browser sessions. The only call (besides GET /me) an account"
                    + " whose password must be changed may make.")
    @ProblemCodes(
            invalidInput = {
                "password.current.wrong",
                "password.personal",
                "password.tooLong",
                "password.tooShort",
                "password.unchanged",
                "password.weak"
            })
    ResponseEntity<Void> changePassword(
            @RequestBody PasswordChange body, Actor actor, HttpServletRequest request, HttpServletResponse response) {
        accounts.changePassword(actor.username(), body.currentPassword(), body.newPassword());
        sessions.passwordChanged(actor.username(), request, response);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/contact")
    @Operation(
            summary = "Set one's own e-mail address and the language of one's notices",
            description = "email: one mailbox (empty or null: none, notices are shown in the application only);"
                    + " language: id (default) or en. A malformed address is refused with 400 (user.email.invalid).")
    @ProblemCodes(invalidInput = {"user.email.invalid", "user.language.invalid"})
    UserAccount changeOwnContact(@RequestBody ContactChange body, Actor actor) {
        return accounts.changeContact(actor.username(), body, actor.username());
    }

    @PutMapping("/{username}/contact")
    @Operation(summary = "Set an account's e-mail address and the language of its notices (ADMIN)")
    @ProblemCodes(
            invalidInput = {"user.email.invalid", "user.language.invalid"},
            notFound = "user.notFound")
    UserAccount changeContact(@PathVariable String username, @RequestBody ContactChange body, Actor actor) {
        return accounts.changeContact(username, body, actor.username());
    }

    @GetMapping("/{username}")
    @Operation(summary = "One account (ADMIN)")
    @ProblemCodes(notFound = "user.notFound")
    UserAccount get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PatchMapping("/{username}")
    @Operation(summary = "Disable or enable an account (ADMIN); disabling ends its sessions at once")
    @ProblemCodes(notFound = "user.notFound", conflict = "user.disableSelf")
    UserAccount change(@PathVariable String username, @Valid @RequestBody AccountChange body, Actor actor) {
        return accounts.setEnabled(username, body.enabled(), actor.username());
    }
}
