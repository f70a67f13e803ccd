package id.kotacerdas.security;

/** An account's e-mail address (empty: none) and the language of its notices ({@code id} or {@code en}). */
public record ContactChange(String email, String language) {}
