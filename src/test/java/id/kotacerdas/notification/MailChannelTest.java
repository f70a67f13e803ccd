package id.kotacerdas.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without {@code spring.mail.host} there is no mail sender: notices are shown in the application only, and the log
 * says so once at start. With it, notices go out by e-mail and the log says nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailChannelTest {

    private static final String LINE =
            "E-mail notices are off (SPRING_MAIL_HOST is not set): notices are shown in" + " the application only";

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(MailChannel.class);

    @Test
    void without_a_mail_host_notices_stay_in_the_application_and_the_log_says_so_once(CapturedOutput output) {
        app.run(context -> {
            assertThat(context).doesNotHaveBean(JavaMailSender.class);
            MailChannel mail = context.getBean(MailChannel.class);
            assertThat(mail.available()).isFalse();
            mail.sayWhenOff();
        });

        assertThat(output.getOut().split(java.util.regex.Pattern.quote(LINE), -1))
                .as("the line, once")
                .hasSize(2);
    }

    @Test
    void with_a_mail_host_notices_go_out_by_email_and_the_log_is_quiet(CapturedOutput output) {
        app.withPropertyValues("spring.mail.host=smtp.example.go.id").run(context -> {
            assertThat(context).hasSingleBean(JavaMailSender.class);
            MailChannel mail = context.getBean(MailChannel.class);
            assertThat(mail.available()).isTrue();
            mail.sayWhenOff();
        });

        assertThat(output.getOut()).doesNotContain(LINE);
    }
}
