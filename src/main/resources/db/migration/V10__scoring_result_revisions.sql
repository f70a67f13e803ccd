-- scoring module: every version of a region's computed result; corrections add a revision with a reason
create table result_revision (
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    revision    int not null,
    reason      text not null,
    actor       text not null,
    created_at  timestamptz not null default now(),
    scores      text not null,
    final_score numeric(6, 2) not null,
    primary key (year, region_code, revision)
);
