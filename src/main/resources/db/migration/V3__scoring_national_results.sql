-- scoring module: national results imported from the published table
create table national_import (
    id          uuid primary key,
    year        int not null references period (year),
    filename    text,
    format      varchar(10) not null,
    content     bytea not null,
    imported_by text not null,
    created_at  timestamptz not null default now(),
    imported    int not null default 0,
    rejected    int not null default 0,
    suggested   int not null default 0
);

create table national_result (
    year                  int not null references period (year),
    region_code           varchar(5) not null references region (code),
    track                 varchar(20) not null,
    published_final       numeric(7, 4),
    published_improvement numeric(7, 4),
    source_line           int,
    import_id             uuid references national_import (id),
    imported_at           timestamptz not null default now(),
    primary key (year, region_code)
);

create table national_result_score (
    year           int not null,
    region_code    varchar(5) not null,
    dimension_code varchar(30) not null,
    score          numeric(7, 4),
    primary key (year, region_code, dimension_code),
    foreign key (year, region_code) references national_result (year, region_code) on delete cascade
);
