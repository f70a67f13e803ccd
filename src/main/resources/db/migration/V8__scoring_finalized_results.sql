-- scoring module: results computed at finalization keep full precision and say where they come from
alter table national_result_score alter column score type numeric(16, 10);
alter table national_result add column source varchar(20) not null default 'PUBLISHED_TABLE'
    check (source in ('PUBLISHED_TABLE', 'ASSESSMENT'));
