package id.kotacerdas.shared.web;

/**
 * The database cannot be reached ({@code DataAccessResourceFailureException}, so also
 * {@code CannotGetJdbcConnectionException}; {@code TransientDataAccessException}; {@code
 * CannotCreateTransactionException}) (stopped, restarting, out of connections): a request answers 503 with
 * {@code Retry-After} and {@link #MESSAGE_KEY} within the pool's connection timeout instead of a 500, and the
 * next request after the database is back is served again (the pool reconnects by itself).
 */
final class DatabaseUnavailable {

    static final String MESSAGE_KEY = "database.unavailable";
    static final String ENGLISH = "The database cannot be reached at the moment";
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}
}
