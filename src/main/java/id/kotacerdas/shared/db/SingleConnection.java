package id.kotacerdas.shared.db;

import java.sql.Connection;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** One open connection (and its transaction) as a data source, left open by its users. */
final class SingleConnection extends SingleConnectionDataSource {

    SingleConnection(Connection connection) {
        super(connection, true);
    }
}
