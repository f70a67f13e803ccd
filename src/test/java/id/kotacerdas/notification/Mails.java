package id.kotacerdas.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the tests read of a received message: subject, plain text and attachments. */
final class Mails {

    record Attached(String name, String contentType, String text) {}

    private Mails() {}

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String from(MimeMessage message) {
        try {
            return message.getFrom()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The message's plain text (of a multipart message, its first text part that is no attachment), its lines ending
     * in LF (SMTP carries them as CRLF).
     */
    static String text(MimeMessage message) {
        try {
            return text((Part) message)
                    .orElseThrow(() -> new AssertionError("no text in " + subject(message)))
                    .replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Attached> attachments(MimeMessage message) {
        List<Attached> found = new ArrayList<>();
        try {
            collect(message, found);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = text(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(Part part, List<Attached> found) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
        } else if (part instanceof BodyPart body && Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
            try (InputStream in = body.getInputStream()) {
                found.add(new Attached(
                        body.getFileName(),
                        body.getContentType(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }
}
