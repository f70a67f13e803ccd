package id.kotacerdas.support;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.Role;

/** Callers for tests that drive the use cases directly; the accounts behind them exist in the test's database. */
public final class TestActors {

    private TestActors() {}

    public static Actor admin() {
        return new Actor(TestAccounts.ADMIN, "Administrator", Role.ADMIN, null, null);
    }

    public static Actor operator(String username, String region) {
        return new Actor(username, username, Role.OPERATOR, region, null);
    }

    public static Actor assessor(String username) {
        return new Actor(username, username, Role.ASSESSOR, null, null);
    }
}
