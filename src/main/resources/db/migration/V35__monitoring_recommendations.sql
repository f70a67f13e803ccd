-- monitoring module, issue 11: a monitoring report's recommendations, each addressed to a named agency (Bappeda,
-- Diskominfo, Balitbangda, ...), with how it was followed up. Changes are audited.
create table monitoring_recommendation (
    id            bigint generated always as identity primary key,
    masterplan_id bigint not null references masterplan (id) on delete cascade,
    year          int not null,
    semester      smallint not null check (semester in (0, 1, 2)),
    agency        text not null,
    text          text not null,
    status        varchar(12) not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    follow_up     text,
    created_by    text not null,
    updated_by    text not null,
    updated_at    timestamptz not null default now()
);
create index monitoring_recommendation_by_report on monitoring_recommendation (masterplan_id, year, semester);
