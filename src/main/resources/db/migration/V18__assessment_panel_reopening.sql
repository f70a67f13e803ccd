-- assessment module: an administrator reopens an assessor's submitted scoring, with a reason; the submission
-- row is removed (the assessor scores blind again until they submit) and every reopening is kept here
create table panel_reopening (
    id          bigserial primary key,
    year        int not null,
    region_code varchar(5) not null,
    assessor    varchar(64) not null,
    reason      text not null,
    reopened_by varchar(64) not null,
    reopened_at timestamptz not null default now(),
    foreign key (year, region_code, assessor) references panel_member (year, region_code, assessor)
);
create index panel_reopening_member_idx on panel_reopening (year, region_code, assessor);
