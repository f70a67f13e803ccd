-- security module: API tokens for machine clients; only the SHA-256 of a token is kept
create table api_token (
    id           bigserial primary key,
    username     varchar(64) not null references app_user (username) on delete cascade,
    name         varchar(64) not null,
    token_hash   char(64) not null unique,
    scope        varchar(10) not null check (scope in ('READ_ONLY', 'READ_WRITE')),
    created_at   timestamptz not null default now(),
    created_by   varchar(64) not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
-- a name is unique among an account's tokens that are not revoked
create unique index api_token_active_name_idx on api_token (username, name) where revoked_at is null;
