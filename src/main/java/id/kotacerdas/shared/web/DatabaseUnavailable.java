package id.kotacerdas.shared.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached ({@code DataAccessResourceFailureException}, so also
 * {@code CannotGetJdbcConnectionException}; {@code TransientDataAccessException}; {@code
 * CannotCreateTransactionException}) (stopped, restarting, out of connections): a request answers 503 with
 * {@code Retry-After} and {@link #MESSAGE_KEY} within the pool's connection timeout instead of a 500, and the
 * next request after the database is back is served again (the pool reconnects by itself).
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE_KEY = "database.unavailable";
    static final String ENGLISH = "The database cannot be reached at the moment";
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /** Whether the failure, or one of its causes, is the database being out of reach. */
    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
