-- assessment module: a region's self-assessment (answers, evidence, submission)
create table answer (
    year          int not null references period (year),
    region_code   varchar(5) not null references region (code),
    question_no   int not null,
    level         int not null check (level between 1 and 4),
    justification text not null default '',
    version       int not null default 1,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (year, region_code, question_no),
    foreign key (year, question_no) references question (year, no)
);

create table evidence (
    id            uuid primary key,
    year          int not null references period (year),
    region_code   varchar(5) not null references region (code),
    question_no   int not null,
    original_name text not null,
    stored_name   text not null unique,
    content_type  text not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now(),
    foreign key (year, question_no) references question (year, no)
);
create index evidence_region_idx on evidence (year, region_code, question_no);

create table self_assessment (
    year         int not null references period (year),
    region_code  varchar(5) not null references region (code),
    submitted_at timestamptz,
    submitted_by text,
    primary key (year, region_code)
);
