package id.kotacerdas.notification.web;

import id.kotacerdas.notification.NoticeKind;
import id.kotacerdas.notification.NoticePreference;
import id.kotacerdas.notification.NoticePreferences;
import id.kotacerdas.notification.NoticeStatus;
import id.kotacerdas.notification.NoticeView;
import id.kotacerdas.notification.Notices;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Notices", description = "Notices by e-mail and in the application: one's own, preferences, the outbox")
class NoticeApiController {

    private final Notices notices;
    private final NoticePreferences preferences;

    NoticeApiController(Notices notices, NoticePreferences preferences) {
        this.notices = notices;
        this.preferences = preferences;
    }

    @GetMapping("/users/me/notices")
    @Operation(
            summary = "The signed-in account's notices, newest first (at most 500)",
            description = "Each with its status: QUEUED, SENT, FAILED or UI_ONLY (shown in the application only: no"
                    + " mail server, no e-mail address, or the kind switched off), and readAt once read.")
    @ProblemCodes
    List<NoticeView> mine(Actor actor) {
        return notices.mine(actor);
    }

    @PostMapping("/users/me/notices/read")
    @Operation(summary = "Mark all of the signed-in account's notices as read")
    @ProblemCodes
    ResponseEntity<Void> markRead(Actor actor) {
        notices.markRead(actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users/me/notice-preferences")
    @Operation(summary = "Which kinds of notice the signed-in account gets by e-mail (every kind its role receives)")
    @ProblemCodes
    List<NoticePreference> preferences(Actor actor) {
        return preferences.of(actor);
    }

    @PutMapping("/users/me/notice-preferences")
    @Operation(
            summary = "Switch kinds of notice on or off by e-mail (audited)",
            description = "Kinds not listed stay as they are; a kind the account's role does not receive is refused"
                    + " with 400 (notice.kind.notOffered). Notices of a kind switched off are still shown in the"
                    + " application.")
    @ProblemCodes(invalidInput = "notice.kind.notOffered")
    List<NoticePreference> setPreferences(@RequestBody List<NoticePreference> body, Actor actor) {
        return preferences.set(body, actor);
    }

    @GetMapping("/notices")
    @Operation(
            summary = "Every account's notices, newest first, at most 500 (ADMIN)",
            description = "What was sent, what is queued (with its next attempt) and what failed (with the last"
                    + " error); filter by status and kind.")
    @ProblemCodes
    List<NoticeView> all(
            @RequestParam(required = false) NoticeStatus status,
            @RequestParam(required = false) NoticeKind kind,
            Actor actor) {
        return notices.all(status, kind, actor);
    }

    @PostMapping("/notices/{id}/resend")
    @Operation(
            summary = "Send a FAILED notice again (ADMIN; audited)",
            description =
                    "Queued again with its attempts counted afresh; 409 (notice.notFailed) when it is not FAILED.")
    @ProblemCodes(notFound = "notice.notFound", conflict = "notice.notFailed")
    NoticeView resend(@PathVariable UUID id, Actor actor) {
        return notices.sendAgain(id, actor);
    }
}
