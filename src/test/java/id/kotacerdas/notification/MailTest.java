package id.kotacerdas.notification;

import id.kotacerdas.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as {@link IntegrationTest} has it, sending its notices to {@link MailServer}: a second
 * application context (and embedded PostgreSQL), shared by every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = MailServer.class)
public @interface MailTest {}
