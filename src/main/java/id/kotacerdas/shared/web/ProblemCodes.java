package id.kotacerdas.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code code}s (message keys) an API operation's refusals can carry, by the kind of refusal, for the API
 * contract ({@code /v3/api-docs}): each kind is documented with the status {@link RefusalStatus} gives it. On a
 * controller class it applies to every operation of the class (its {@code notFound} only to those with a variable
 * in their path: the period every path names), on a method to that operation; both are merged. The refusals every operation shares (unreadable input, authentication, the
 * database) are documented without it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemCodes {

    /** 400: the input breaks a rule. */
    String[] invalidInput() default {};

    /** 403: the caller may not see or change this (beyond the access rules of the security chain). */
    String[] forbidden() default {};

    /** 404: nothing by the identifiers in the path. */
    String[] notFound() default {};

    /** 409: not allowed in the current state, or a stale version. */
    String[] conflict() default {};

    /** 413: the body is over a limit (uploads are documented with {@code error.tooLarge} without it). */
    String[] contentTooLarge() default {};

    /** 429: too many requests. */
    String[] tooManyRequests() default {};
}
