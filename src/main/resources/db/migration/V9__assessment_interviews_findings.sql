-- assessment module: interview sessions, stage I consultation notes, assessors' findings
create table interview (
    year              int not null references period (year),
    region_code       varchar(5) not null references region (code),
    scheduled_at      timestamptz not null,
    meeting_link      text not null default '',
    held              boolean not null default false,
    region_attended   boolean,
    assessors_present text not null default '',
    primary key (year, region_code)
);

create table consultation_note (
    id          bigserial primary key,
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    author      text not null,
    note        text not null,
    created_at  timestamptz not null default now()
);

create table finding (
    id          bigserial primary key,
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    assessor    varchar(64) not null references app_user (username),
    kind        varchar(12) not null check (kind in ('KEKUATAN', 'KELEMAHAN', 'REKOMENDASI')),
    text        text not null,
    created_at  timestamptz not null default now()
);
create index finding_region_idx on finding (year, region_code);
