-- monitoring module, issue 11: a masterplan's monitoring report for a year (semester 0) or a semester, as the
-- operator saved it: the conclusions as edited, in versions. Saving freezes the period's realisations; a later
-- correction needs a reason and the next version of the report says why.
create table monitoring_report (
    masterplan_id bigint not null references masterplan (id) on delete cascade,
    year          int not null,
    semester      smallint not null check (semester in (0, 1, 2)),
    version       int not null check (version >= 1),
    conclusions   text[] not null,
    reason        text,
    saved_by      text not null,
    saved_at      timestamptz not null default now(),
    primary key (masterplan_id, year, semester, version),
    check (version = 1 or reason is not null)
);
