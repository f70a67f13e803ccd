-- security module: sign-in attempts counted per key (username + address, username, address) in fixed windows,
-- shared by every instance of the application; and the first sign-in's forced password change
create table login_attempt (
    key          text primary key,
    window_start timestamptz not null,
    attempts     int not null
);
create index login_attempt_window_idx on login_attempt (window_start);

alter table app_user add column must_change_password boolean not null default false;
