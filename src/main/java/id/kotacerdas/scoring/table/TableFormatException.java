package id.kotacerdas.scoring.table;

/**
 * The uploaded bytes cannot be read as a published national table: unreadable file, no header row, or
 * required columns missing. The message is meant for the person who uploaded the file.
 */
public class TableFormatException extends RuntimeException {

    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
