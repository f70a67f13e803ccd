-- programme module, issue 12: guidance of a cohort's regions while they write their masterplans. Mentors
-- (pendamping: assessor accounts with an affiliation) assigned to a region of a confirmed cohort, each assignment
-- kept once it ends (history); the masterplan-writing milestones of a cohort (a list the administrator edits,
-- the defaults until then) and the date each region reached each one; guidance sessions (bimtek) for one or
-- several of the programme's regions with their attendance.
create table programme_mentor (
    id           bigint generated always as identity primary key,
    selection_id bigint not null,
    region_code  varchar(5) not null,
    username     text not null references app_user (username),
    from_on      date not null,
    to_on        date,
    assigned_by  text not null,
    assigned_at  timestamptz not null default now(),
    -- set when a later assignment no longer names this one: the row stays as history
    removed_by   text,
    removed_at   timestamptz,
    foreign key (selection_id, region_code) references programme_participant (selection_id, region_code),
    check (to_on is null or to_on >= from_on),
    check ((removed_by is null) = (removed_at is null))
);
create index programme_mentor_by_region on programme_mentor (region_code);
create index programme_mentor_by_username on programme_mentor (username);
create unique index programme_mentor_current on programme_mentor (selection_id, region_code, username)
    where removed_at is null;

-- a cohort's milestones in order (1, 2, ...); none stored: the defaults (programme.domain.MilestonePlan)
create table programme_milestone (
    selection_id bigint not null references programme_selection (id),
    no           int not null check (no between 1 and 50),
    name         text not null check (length(name) between 1 and 200),
    due_on       date,
    primary key (selection_id, no)
);

create table programme_milestone_reached (
    selection_id bigint not null,
    region_code  varchar(5) not null,
    no           int not null,
    reached_on   date not null,
    note         text check (length(note) <= 1000),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (selection_id, region_code, no),
    foreign key (selection_id, region_code) references programme_participant (selection_id, region_code)
);

create table programme_guidance_session (
    id          bigint generated always as identity primary key,
    held_on     date not null,
    topic       text not null check (length(topic) between 1 and 300),
    place       text check (length(place) <= 300),
    online      boolean not null,
    facilitator text not null check (length(facilitator) between 1 and 300),
    recorded_by text not null,
    recorded_at timestamptz not null default now()
);
create index programme_guidance_session_by_date on programme_guidance_session (held_on);

-- who of each region attended: their names and positions (one a line), or only how many
create table programme_guidance_attendance (
    session_id  bigint not null references programme_guidance_session (id),
    region_code varchar(5) not null references region (code),
    attendees   text check (length(attendees) <= 4000),
    headcount   int check (headcount between 0 and 10000),
    primary key (session_id, region_code)
);
create index programme_guidance_attendance_by_region on programme_guidance_attendance (region_code);
