-- security module: accounts
create table app_user (
    username      varchar(64) primary key,
    password_hash text not null,
    full_name     text not null,
    role          varchar(20) not null check (role in ('ADMIN', 'OPERATOR', 'ASSESSOR')),
    region_code   varchar(5) references region (code),
    affiliation   text,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check (role <> 'OPERATOR' or region_code is not null)
);
