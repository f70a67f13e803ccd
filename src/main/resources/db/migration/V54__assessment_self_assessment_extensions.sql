-- assessment module: more time for one region's self-assessment (perpanjangan), granted by an administrator
create table self_assessment_extension (
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    until       timestamptz not null,
    reason      text not null,
    granted_by  text not null,
    granted_at  timestamptz not null default now(),
    primary key (year, region_code)
);
