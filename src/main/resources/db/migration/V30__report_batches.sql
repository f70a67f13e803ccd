-- report module, issue 10: every region's report of a period generated in the background into one ZIP.
-- One batch per period runs at a time (the partial unique index); the instance running it marks its
-- progress in updated_at, so a batch whose instance died is seen as stale and replaced by the next start.
create table report_batch (
    id          uuid primary key,
    year        int not null references period (year),
    status      varchar(10) not null check (status in ('RUNNING', 'DONE', 'ABANDONED')),
    total       int not null check (total >= 0),
    done        int not null default 0 check (done >= 0 and done <= total),
    started_by  text not null,
    started_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    finished_at timestamptz
);

create unique index report_batch_one_running on report_batch (year) where status = 'RUNNING';
create index report_batch_by_year on report_batch (year, started_at desc);

-- The reports made: one PDF per region.
create table report_batch_file (
    batch_id    uuid not null references report_batch (id) on delete cascade,
    region_code varchar(10) not null,
    file_name   text not null,
    pdf         bytea not null,
    primary key (batch_id, region_code)
);

-- The regions whose report could not be made, and why; the rest of the batch goes on.
create table report_batch_failure (
    batch_id    uuid not null references report_batch (id) on delete cascade,
    region_code varchar(10) not null,
    region_name text not null,
    reason      text not null,
    primary key (batch_id, region_code)
);
