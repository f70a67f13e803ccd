package id.kotacerdas.shared.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Shows instants (stored and read back in UTC) as Western Indonesian Time, the evaluation's clock;
 * templates call it as {@code ${@wib.minutes(t)}}.
 */
@Component("wib")
public class WesternIndonesianTime {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    public String day(OffsetDateTime t) {
        return format(t, DAY);
    }

    public String minutes(OffsetDateTime t) {
        return format(t, MINUTES);
    }

    public String seconds(OffsetDateTime t) {
        return format(t, SECONDS);
    }

    private static String format(OffsetDateTime t, DateTimeFormatter pattern) {
        return t == null ? "" : t.atZoneSameInstant(JAKARTA).format(pattern);
    }
}
