package id.kotacerdas.report;

import id.kotacerdas.report.domain.ResultsLetter;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LetterRepository {

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResultsLetter> find(int year) {
        return jdbc.sql("select number, letter_date, place, subject, signatory_name, signatory_title, paragraphs"
                        + " from report_letter where year = ?")
                .param(year)
                .query((rs, n) -> new ResultsLetter(
                        rs.getString("number"),
                        rs.getObject("letter_date", java.time.LocalDate.class),
                        rs.getString("place"),
                        rs.getString("subject"),
                        rs.getString("signatory_name"),
                        rs.getString("signatory_title"),
                        paragraphs(rs.getArray("paragraphs"))))
                .optional();
    }

    /** Writes the period's letter, replacing the one before. */
    void save(int year, ResultsLetter letter, String actor) {
        jdbc.sql("insert into report_letter (year, number, letter_date, place, subject, signatory_name,"
                        + " signatory_title, paragraphs, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (year) do update set number = excluded.number,"
                        + " letter_date = excluded.letter_date, place = excluded.place, subject = excluded.subject,"
                        + " signatory_name = excluded.signatory_name, signatory_title = excluded.signatory_title,"
                        + " paragraphs = excluded.paragraphs, updated_by = excluded.updated_by, updated_at = now()")
                .params(
                        year,
                        letter.number(),
                        letter.date(),
                        letter.place(),
                        letter.subject(),
                        letter.signatoryName(),
                        letter.signatoryTitle(),
                        letter.paragraphs().toArray(String[]::new),
                        actor)
                .update();
    }

    private static java.util.List<String> paragraphs(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
