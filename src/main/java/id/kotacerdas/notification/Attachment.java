package id.kotacerdas.notification;

/** A file sent with a notice (an interview's calendar invitation). */
record Attachment(String name, String contentType, byte[] content) {}
