package id.kotacerdas.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record StoredUser(UserAccount account, String passwordHash, boolean mustChangePassword) {}

    /** The account inside {@link StoredUser}, mapped by name like the listed accounts. */
    private static final RowMapper<UserAccount> ACCOUNT = new SimplePropertyRowMapper<>(UserAccount.class);

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql("""
                        select username, password_hash, full_name as fullName, role, region_code as regionCode,
                               affiliation, enabled, email, language, must_change_password
                        from app_user where username = ?
                        """)
                .param(username)
                .query((rs, i) -> new StoredUser(
                        ACCOUNT.mapRow(rs, i), rs.getString("password_hash"), rs.getBoolean("must_change_password")))
                .optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("""
                        select username, full_name as fullName, role, region_code as regionCode, affiliation, enabled,
                               email, language
                        from app_user order by role, username
                        """).query(UserAccount.class).list();
    }

    /** The enabled accounts of a role bound to a region (a region's operators). */
    List<UserAccount> enabledOf(Role role, String regionCode) {
        return jdbc.sql("""
                        select username, full_name as fullName, role, region_code as regionCode, affiliation, enabled,
                               email, language
                        from app_user where role = ? and region_code = ? and enabled order by username
                        """)
                .params(role.name(), regionCode)
                .query(UserAccount.class)
                .list();
    }

    void setContact(String username, String email, String language) {
        jdbc.sql("update app_user set email = ?, language = ? where username = ?")
                .params(email, language, username)
                .update();
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where username = ?")
                        .params(enabled, username)
                        .update()
                == 1;
    }

    /** A new password, chosen by the account's owner: no change required any more. */
    void setPasswordHash(String username, String hash) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false where username = ?")
                .params(hash, username)
                .update();
    }

    void requirePasswordChange(String username) {
        jdbc.sql("update app_user set must_change_password = true where username = ?")
                .param(username)
                .update();
    }

    int count() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    void insert(UserAccount a, String passwordHash) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, region_code, affiliation, enabled,
                                              email, language)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        a.username(),
                        passwordHash,
                        a.fullName(),
                        a.role().name(),
                        a.regionCode(),
                        a.affiliation(),
                        a.enabled(),
                        a.email(),
                        a.language())
                .update();
    }
}
