package id.kotacerdas.notification;

/** Whether an account gets notices of one kind by e-mail (they are shown in the application either way). */
public record NoticePreference(NoticeKind kind, boolean byEmail) {}
