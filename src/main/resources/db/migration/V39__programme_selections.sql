-- programme module, issue 12: candidate selection (a cohort). A selection holds its weights and quota, the
-- candidates of its latest load, and once confirmed the administrator's overrides (each with its reason) and the
-- regions selected, each with its MoU. Rankings are computed from the candidates (docs/method.md, section 8.2),
-- never stored. A confirmed selection does not change; the regions it selected are the programme's participants.
create table programme_selection (
    id           bigint generated always as identity primary key,
    year         int not null check (year between 2000 and 2100),
    name         text not null,
    quota        int not null check (quota between 1 and 1000),
    weight_ikbt  numeric(5, 4) not null check (weight_ikbt between 0 and 1),
    weight_ikb   numeric(5, 4) not null check (weight_ikb between 0 and 1),
    weight_ikh   numeric(5, 4) not null check (weight_ikh between 0 and 1),
    weight_kkd   numeric(5, 4) not null check (weight_kkd between 0 and 1),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    loaded_file  text,
    loaded_by    text,
    loaded_at    timestamptz,
    confirmed_by text,
    confirmed_at timestamptz,
    check (weight_ikbt + weight_ikb + weight_ikh + weight_kkd = 1),
    check ((confirmed_by is null) = (confirmed_at is null))
);

-- a parameter left blank is null: the candidate is incomplete and not ranked
create table programme_candidate (
    selection_id bigint not null references programme_selection (id) on delete cascade,
    region_code  varchar(5) not null references region (code),
    line         int not null,
    ikbt         numeric(9, 6) check (ikbt between 0 and 100),
    ikb          numeric(9, 6) check (ikb between 0 and 100),
    ikh          numeric(9, 6) check (ikh between 0 and 100),
    kkd          numeric(9, 6) check (kkd between 0 and 100),
    kkd_category varchar(6) check (kkd_category in ('TINGGI', 'SEDANG', 'RENDAH')),
    primary key (selection_id, region_code)
);

create table programme_cohort_override (
    selection_id bigint not null references programme_selection (id) on delete cascade,
    region_code  varchar(5) not null references region (code),
    kind         varchar(7) not null check (kind in ('INCLUDE', 'DROP')),
    reason       text not null check (length(reason) between 1 and 1000),
    primary key (selection_id, region_code)
);

-- the regions a confirmed selection selected; the MoU (number, date signed) is recorded afterwards
create table programme_participant (
    selection_id    bigint not null references programme_selection (id),
    region_code     varchar(5) not null references region (code),
    mou_number      text,
    mou_signed_on   date,
    mou_recorded_by text,
    mou_recorded_at timestamptz,
    primary key (selection_id, region_code)
);
create index programme_participant_by_region on programme_participant (region_code);
