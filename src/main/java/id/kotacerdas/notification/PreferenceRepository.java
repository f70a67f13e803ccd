package id.kotacerdas.notification;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds the account does not want by e-mail. */
    Set<NoticeKind> switchedOff(String username) {
        Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
        jdbc.sql("select kind from notice_preference where username = ? and not by_email")
                .param(username)
                .query(String.class)
                .list()
                .forEach(k -> off.add(NoticeKind.valueOf(k)));
        return off;
    }

    void set(String username, NoticeKind kind, boolean byEmail) {
        jdbc.sql("""
                        insert into notice_preference (username, kind, by_email) values (?, ?, ?)
                        on conflict (username, kind) do update set by_email = excluded.by_email
                        """).params(username, kind.name(), byEmail).update();
    }
}
