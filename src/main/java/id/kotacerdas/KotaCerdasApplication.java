package id.kotacerdas;

import id.kotacerdas.shared.db.DatabaseCommands;
import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KotaCerdasApplication {
    public static void main(String[] args) throws IOException {
        // --kc.backup=FILE / --kc.restore=FILE: a database command instead of the application
        if (DatabaseCommands.run(args)) {
            return;
        }
        SpringApplication.run(KotaCerdasApplication.class, args);
    }
}
