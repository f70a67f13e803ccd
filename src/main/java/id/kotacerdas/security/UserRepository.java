package id.kotacerdas.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record StoredUser(UserAccount account, String passwordHash) {}

    /** The account inside {@link StoredUser}, mapped by name like the listed accounts. */
    private static final RowMapper<UserAccount> ACCOUNT = new SimplePropertyRowMapper<>(UserAccount.class);

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql("""
                        select username, password_hash, full_name as fullName, role, region_code as regionCode,
                               affiliation, enabled
                        from app_user where username = ?
                        """)
                .param(username)
                .query((rs, i) -> new StoredUser(ACCOUNT.mapRow(rs, i), rs.getString("password_hash")))
                .optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("""
                        select username, full_name as fullName, role, region_code as regionCode, affiliation, enabled
                        from app_user order by role, username
                        """).query(UserAccount.class).list();
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where username = ?")
                        .params(enabled, username)
                        .update()
                == 1;
    }

    void setPasswordHash(String username, String hash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(hash, username)
                .update();
    }

    int count() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    void insert(UserAccount a, String passwordHash) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, region_code, affiliation, enabled)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        a.username(),
                        passwordHash,
                        a.fullName(),
                        a.role().name(),
                        a.regionCode(),
                        a.affiliation(),
                        a.enabled())
                .update();
    }
}
