package id.kotacerdas.shared.web;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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

    /**
     * Whether the failure, or one of its causes, is the database being out of reach. A transaction whose work
     * failed and whose rollback then failed too (the connection died under it, as when the database restarts)
     * is a {@code TransactionSystemException}: its cause is the rollback's SQL error (SQLSTATE class 08,
     * connection exception) and the work's own failure is its application exception; either may say so.
     */
    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLException sql && isConnectionException(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException failed
                    && failed.getApplicationException() != null
                    && causedBy(failed.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionException(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }
}
