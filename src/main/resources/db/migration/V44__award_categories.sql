-- award module, issue 12: award categories of a period (what they rank, who competes, how many places), the
-- winners a jury confirmed with the number each was ranked on, and the jury's overrides of the proposal with their
-- reasons. A category moves DRAFT → CONFIRMED → PUBLISHED; once published it is frozen (the code refuses every
-- change, and the winners keep the numbers of the confirmation even if a result is corrected later). Audited.
create table award_category (
    id            bigint generated always as identity primary key,
    year          int not null references period (year),
    slug          varchar(60) not null,
    name          varchar(200) not null,
    measure       varchar(30) not null
                      check (measure in ('FINAL', 'DIMENSION', 'SMART_DIMENSION_OUTCOME', 'IMPROVEMENT')),
    subject       varchar(40),
    track         varchar(40),
    kind          varchar(10) check (kind in ('KABUPATEN', 'KOTA')),
    places        int not null check (places between 1 and 100),
    status        varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'CONFIRMED', 'PUBLISHED')),
    jury_note     text,
    competitors   int,
    confirmed_by  text,
    confirmed_at  timestamptz,
    published_by  text,
    published_at  timestamptz,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    unique (year, slug)
);

-- The confirmed winners, in the order the jury listed them, with the number and working each was ranked on.
create table award_winner (
    award_id     bigint not null references award_category (id) on delete cascade,
    region_code  varchar(5) not null references region (code),
    position     int not null,
    rank         int not null,
    value        numeric(12, 4) not null,
    working      text not null,
    source       varchar(20),
    proposed     boolean not null,
    primary key (award_id, region_code)
);

-- Where the jury departed from the proposal: a region added (ranked below the places) or left out (proposed), why.
create table award_override (
    award_id     bigint not null references award_category (id) on delete cascade,
    region_code  varchar(5) not null references region (code),
    change       varchar(10) not null check (change in ('ADDED', 'LEFT_OUT')),
    reason       text not null,
    primary key (award_id, region_code)
);
