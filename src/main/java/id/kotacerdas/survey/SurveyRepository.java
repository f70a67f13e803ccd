package id.kotacerdas.survey;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey's settings per period: quota, citizen statements, closed regions and the form-token key. */
@Repository
class SurveyRepository {

    static final int DEFAULT_QUOTA = 50;

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int quota(int year) {
        return jdbc.sql("select quota from survey_setting where year = ?")
                .param(year)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_QUOTA);
    }

    void setQuota(int year, int quota) {
        jdbc.sql("insert into survey_setting (year, quota) values (?, ?)"
                        + " on conflict (year) do update set quota = excluded.quota")
                .params(year, quota)
                .update();
    }

    record Statement(int questionNo, String textId, String textEn) {}

    Map<Integer, Statement> statements(int year) {
        return jdbc
                .sql(
                        "select question_no as questionNo, text_id as textId, text_en as textEn from survey_statement where year = ?")
                .param(year)
                .query(Statement.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Statement::questionNo, s -> s));
    }

    void saveStatement(int year, Statement s) {
        jdbc.sql("insert into survey_statement (year, question_no, text_id, text_en) values (?, ?, ?, ?)"
                        + " on conflict (year, question_no)"
                        + " do update set text_id = excluded.text_id, text_en = excluded.text_en")
                .params(year, s.questionNo(), s.textId(), s.textEn())
                .update();
    }

    /** Copies statements and quota of {@code from} to {@code to}, for the questions both periods have. */
    void copy(int from, int to) {
        jdbc.sql("insert into survey_statement (year, question_no, text_id, text_en)"
                        + " select ?, s.question_no, s.text_id, s.text_en from survey_statement s"
                        + " join question q on q.year = ? and q.no = s.question_no"
                        + " where s.year = ? on conflict do nothing")
                .params(to, to, from)
                .update();
        jdbc.sql("insert into survey_setting (year, quota) select ?, quota from survey_setting where year = ?"
                        + " on conflict do nothing")
                .params(to, from)
                .update();
    }

    /** The regions whose survey in the period is closed. */
    Set<String> closedRegions(int year) {
        return Set.copyOf(jdbc.sql("select region_code from survey_closure where year = ?")
                .param(year)
                .query(String.class)
                .list());
    }

    /** True when the state changed. */
    boolean close(int year, String region, String actor, String reason) {
        return jdbc.sql("insert into survey_closure (year, region_code, closed_by, reason) values (?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(year, region, actor, reason)
                        .update()
                > 0;
    }

    /** True when the state changed. */
    boolean reopen(int year, String region) {
        return jdbc.sql("delete from survey_closure where year = ? and region_code = ?")
                        .params(year, region)
                        .update()
                > 0;
    }

    void discard(int year, String region, String reason) {
        jdbc.sql("insert into survey_discard (year, region_code, reason) values (?, ?, ?)")
                .params(year, region, reason)
                .update();
    }

    int discarded(int year, String region) {
        return jdbc.sql("select count(*) from survey_discard where year = ? and region_code = ?")
                .params(year, region)
                .query(Integer.class)
                .single();
    }

    /** The form-token key, made on first use. */
    byte[] formKey() {
        Optional<byte[]> key = readKey();
        if (key.isPresent()) {
            return key.get();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into survey_form_key (id, secret) values (1, ?) on conflict do nothing")
                .param(fresh)
                .update();
        return readKey().orElseThrow();
    }

    private Optional<byte[]> readKey() {
        List<byte[]> keys = jdbc.sql("select secret from survey_form_key where id = 1")
                .query(byte[].class)
                .list();
        return keys.stream().findFirst();
    }
}
