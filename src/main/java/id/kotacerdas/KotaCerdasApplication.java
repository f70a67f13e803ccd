package id.kotacerdas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KotaCerdasApplication {
    public static void main(String[] args) {
        SpringApplication.run(KotaCerdasApplication.class, args);
    }
}
