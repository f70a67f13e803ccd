-- monitoring module, issues 11 and 12: the ministry's field evaluations (tinjauan lapangan) of a region's
-- masterplan, one per region, year and semester (1: June, 2: November). Planned first (planned_on), then held
-- (held_on, optionally until held_until for a visit of several days) with its findings (notes); the team, the
-- stakeholders (OPD) interviewed and the follow-ups addressed to the region's agencies. Changes are audited.
-- Photos are not kept here: an attachment refers to field_evaluation (id).
create table field_evaluation (
    id            bigint generated always as identity primary key,
    region_code   varchar(5) not null references region (code),
    year          int not null check (year between 2000 and 2100),
    semester      smallint not null check (semester in (1, 2)),
    masterplan_id bigint references masterplan (id) on delete set null,
    planned_on    date not null,
    held_on       date,
    held_until    date,
    place         text,
    notes         text,
    version       int not null default 1,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    unique (region_code, year, semester),
    -- a held evaluation has its findings; a visit ends on or after the day it began
    check (held_on is null or notes is not null),
    check (held_until is null or (held_on is not null and held_until >= held_on))
);

-- the team, in the order given: a ministry official, a university mentor (pendamping), ...
create table field_evaluation_member (
    evaluation_id bigint not null references field_evaluation (id) on delete cascade,
    position      int not null,
    name          text not null,
    affiliation   text,
    role          text,
    primary key (evaluation_id, position)
);

-- the stakeholders interviewed: OPD and other agencies, in the order given
create table field_evaluation_stakeholder (
    evaluation_id bigint not null references field_evaluation (id) on delete cascade,
    position      int not null,
    name          text not null,
    primary key (evaluation_id, position)
);

-- follow-ups, numbered 1, 2, ... within their evaluation; the status as a monitoring recommendation's
create table field_evaluation_follow_up (
    evaluation_id bigint not null references field_evaluation (id) on delete cascade,
    no            int not null check (no > 0),
    action        text not null,
    agency        text not null,
    due_on        date not null,
    status        varchar(12) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    note          text,
    created_by    text not null,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (evaluation_id, no)
);

create index field_evaluation_by_year on field_evaluation (year, semester);
