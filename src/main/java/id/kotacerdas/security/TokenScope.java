package id.kotacerdas.security;

/** What an API token may do: read only (GET and HEAD), or everything its account may do. */
public enum TokenScope {
    READ_ONLY,
    READ_WRITE
}
