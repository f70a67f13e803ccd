package id.kotacerdas.support;

/** Accounts the test profile knows. */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password-2024";

    private TestAccounts() {}
}
