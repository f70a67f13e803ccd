package id.kotacerdas.notification;

/**
 * Where a notice stands: QUEUED (to be sent by e-mail, maybe after failed attempts), SENT, FAILED (every attempt
 * failed; an administrator may send it again) or UI_ONLY (shown in the application only: no mail server configured,
 * no address, or the account does not want this kind by e-mail).
 */
public enum NoticeStatus {
    QUEUED,
    SENT,
    FAILED,
    UI_ONLY
}
