-- monitoring module, issue 11: a region's smart-city masterplan and what it monitors every year and semester.
-- Statuses and achievements are computed from targets and realisations, never stored.
create table masterplan (
    id          bigint generated always as identity primary key,
    region_code varchar(5) not null references region (code),
    title       text not null,
    start_year  int not null check (start_year between 2000 and 2100),
    end_year    int not null check (end_year between start_year and start_year + 20),
    legal_basis text,
    vision      text,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    unique (region_code, start_year)
);

create table masterplan_item (
    id                 bigint generated always as identity primary key,
    masterplan_id      bigint not null references masterplan (id) on delete cascade,
    category           varchar(20) not null check (category in ('GOAL_INDICATOR', 'POLICY', 'INSTITUTION',
                           'INFRASTRUCTURE', 'APPLICATION', 'LITERACY', 'ROADMAP', 'QUICK_WIN', 'ISO_37122')),
    smart_dimension    varchar(12) check (smart_dimension in ('GOVERNANCE', 'BRANDING', 'ECONOMY', 'LIVING',
                           'SOCIETY', 'ENVIRONMENT')),
    level              varchar(12) check (level in ('PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN')),
    name               text not null,
    unit               text,
    direction          varchar(16) not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    responsible_agency text,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    -- a roadmap item sits at a level; no other item does
    check ((category = 'ROADMAP') = (level is not null))
);
create index masterplan_item_by_plan on masterplan_item (masterplan_id);

create table masterplan_target (
    item_id bigint not null references masterplan_item (id) on delete cascade,
    year    int not null,
    value   numeric(20, 4) not null,
    primary key (item_id, year)
);

-- semester 0: the whole year; 1: January to June (reported in June); 2: to November
create table masterplan_realisation (
    item_id    bigint not null references masterplan_item (id) on delete cascade,
    year       int not null,
    semester   smallint not null check (semester in (0, 1, 2)),
    value      numeric(20, 4) not null,
    note       text,
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (item_id, year, semester)
);
