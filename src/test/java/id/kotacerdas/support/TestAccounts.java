package id.kotacerdas.support;

/** Accounts the test profile knows. */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Uji-sandi-penguji-2024";

    private TestAccounts() {}
}
