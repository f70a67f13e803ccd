package id.kotacerdas.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP server notices go out through: Spring Boot's {@link JavaMailSender}, which exists only when
 * {@code spring.mail.host} ({@code SPRING_MAIL_HOST}) is set. Without it notices are shown in the application only,
 * which the log says once at start.
 */
@Component
class MailChannel {

    private static final Logger LOG = LoggerFactory.getLogger(MailChannel.class);

    private final Optional<JavaMailSender> sender;
    private final String from;

    MailChannel(
            ObjectProvider<JavaMailSender> sender,
            @Value("${kc.mail.from:pemberitahuan@kotacerdas.localhost}") String from) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.from = from;
    }

    /** Whether notices can go out by e-mail. */
    boolean available() {
        return sender.isPresent();
    }

    /** The address notices are sent from (and an invitation's organizer). */
    String from() {
        return from;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhenOff() {
        if (sender.isEmpty()) {
            LOG.info("E-mail notices are off (SPRING_MAIL_HOST is not set): notices are shown in the application only");
        }
    }

    /** Sends one notice; a refusal of the server or the network is thrown as {@link MailException}. */
    void send(NoticeRepository.Outgoing notice) {
        JavaMailSender mail = sender.orElseThrow(() -> new IllegalStateException("no mail server configured"));
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, notice.attachment() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notice.email());
            helper.setSubject(notice.subject());
            helper.setText(notice.body(), false);
            if (notice.attachment() != null) {
                helper.addAttachment(
                        notice.attachmentName(), new ByteArrayResource(notice.attachment()), notice.attachmentType());
            }
        } catch (MessagingException e) {
            throw new NoticeNotComposed(e);
        }
        mail.send(message);
    }

    /** A message that could not be put together (an address the mail library refuses). */
    static final class NoticeNotComposed extends RuntimeException {
        NoticeNotComposed(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
