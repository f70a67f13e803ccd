package id.kotacerdas.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server in the tests' JVM (GreenMail), on a port chosen once per JVM, and the application context's mail
 * settings pointing at it ({@code spring.mail.host}, {@code .port}, {@code kc.mail.from}). The dispatcher's schedule is
 * set far apart, so that the tests send the queued notices themselves ({@link DispatchNotices#dispatchDue}) and know
 * when an attempt happened. The server can be stopped (a failing mail server) and started again on the same port.
 */
public final class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String FROM = "pemberitahuan@kotacerdas.test";
    private static final int PORT = freePort();
    private static GreenMail server = started();
    private static boolean running = true;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + PORT,
                        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                        "spring.mail.properties.mail.smtp.timeout=2000",
                        "kc.mail.from=" + FROM,
                        "kc.notices.dispatch-every=1h")
                .applyTo(context);
    }

    /** The messages the server received for this address, in the order received. */
    static synchronized List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static synchronized void stop() {
        if (running) {
            server.stop();
            running = false;
        }
    }

    /** Starts a new server on the same port (it has received nothing yet) unless one runs. */
    static synchronized void start() {
        if (!running) {
            server = started();
            running = true;
        }
    }

    private static GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
