package id.kotacerdas.award;

import id.kotacerdas.award.domain.Winner;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.format.IndonesianFormat;
import id.kotacerdas.shared.pdf.PdfDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A winner's certificate (<i>piagam penghargaan</i>) as PDF/A, in Bahasa Indonesia: the region, the award, the year,
 * what it was awarded for (the number, its working and the rank), issued by the ministry. Public once the award is
 * published; an administrator may print a confirmed award's certificates before that, marked DRAF.
 */
@Service
public class AwardCertificates {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final Awards awards;
    private final RegionApi regions;
    private final PdfDocuments pdf;
    private final Clock clock;

    AwardCertificates(Awards awards, RegionApi regions, PdfDocuments pdf, Clock clock) {
        this.awards = awards;
        this.regions = regions;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The award whose certificate the reader may print, and the winner; 404 otherwise (decided before any byte). */
    public Printable printable(int year, String ref, String regionCode, boolean admin) {
        AwardView award = awards.get(year, ref, admin);
        Winner winner = award.winner(regionCode)
                .orElseThrow(() -> new NotFound(
                        "award.winner.notFound", "No winner " + regionCode + " of award " + ref, regionCode));
        return new Printable(award, winner);
    }

    /** A certificate to print: the award and the winner it is for. */
    public record Printable(AwardView award, Winner winner) {

        public boolean draft() {
            return !award.published();
        }

        public String fileName() {
            return "piagam-" + award.year() + "-" + award.slug() + "-" + winner.regionCode() + (draft() ? "-draf" : "")
                    + ".pdf";
        }
    }

    public void write(Printable printable, OutputStream out) throws IOException {
        AwardView award = printable.award();
        Winner winner = printable.winner();
        RegionView region = regions.get(winner.regionCode());
        Instant issued = award.publishedAt() != null ? award.publishedAt().toInstant() : Instant.now(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("award", award);
        model.put("winner", winner);
        model.put("region", region);
        model.put("value", IndonesianFormat.number(winner.value()));
        model.put("working", indonesian(winner.working()));
        model.put("date", IndonesianFormat.date(LocalDate.ofInstant(issued, JAKARTA)));
        model.put("draft", printable.draft());
        pdf.render("award/certificate-pdf", model, out);
    }

    /** Decimal points between digits written as commas, as the ministry's documents write numbers (3,83). */
    static String indonesian(String working) {
        return working == null ? null : working.replaceAll("(\\d)\\.(\\d)", "$1,$2");
    }
}
