package id.kotacerdas.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    /** A valid token's account, as the bearer filter needs it. */
    record Bearer(
            long id,
            String username,
            Role role,
            TokenScope scope,
            boolean mustChangePassword,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token behind the hash: not revoked, not expired, its account enabled. One indexed read. */
    Optional<Bearer> bearer(String hash) {
        return jdbc.sql("""
                        select t.id, u.username, u.role, t.scope, u.must_change_password as mustChangePassword,
                               t.expires_at as expiresAt, t.last_used_at as lastUsedAt
                        from api_token t join app_user u on u.username = t.username
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled
                        """).param(hash).query(Bearer.class).optional();
    }

    void used(long id) {
        jdbc.sql("update api_token set last_used_at = now() where id = ?")
                .param(id)
                .update();
    }

    List<ApiToken> active(String username) {
        return jdbc.sql("""
                        select name, scope, created_at as createdAt, created_by as createdBy, expires_at as expiresAt,
                               last_used_at as lastUsedAt
                        from api_token where username = ? and revoked_at is null order by created_at, name
                        """).param(username).query(ApiToken.class).list();
    }

    boolean exists(String username, String name) {
        return jdbc.sql("select count(*) from api_token where username = ? and name = ? and revoked_at is null")
                        .params(username, name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    OffsetDateTime insert(String username, String name, String hash, TokenScope scope, int days, String by) {
        return jdbc.sql("""
                        insert into api_token (username, name, token_hash, scope, created_by, expires_at)
                        values (?, ?, ?, ?, ?, now() + make_interval(days => ?))
                        returning expires_at
                        """)
                .params(username, name, hash, scope.name(), by, days)
                .query(OffsetDateTime.class)
                .single();
    }

    boolean revoke(String username, String name) {
        return jdbc.sql(
                                "update api_token set revoked_at = now() where username = ? and name = ? and revoked_at is null")
                        .params(username, name)
                        .update()
                == 1;
    }
}
