-- assessment module: assessor panels and their scores
create table panel_member (
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    assessor    varchar(64) not null references app_user (username),
    primary key (year, region_code, assessor)
);
create index panel_member_assessor_idx on panel_member (assessor, year);

create table assessor_score (
    year        int not null references period (year),
    region_code varchar(5) not null references region (code),
    question_no int not null,
    assessor    varchar(64) not null references app_user (username),
    score       int not null check (score between 1 and 4),
    note        text not null default '',
    version     int not null default 1,
    updated_at  timestamptz not null default now(),
    primary key (year, region_code, question_no, assessor),
    foreign key (year, question_no) references question (year, no)
);

create table panel_submission (
    year         int not null,
    region_code  varchar(5) not null,
    assessor     varchar(64) not null,
    submitted_at timestamptz not null default now(),
    primary key (year, region_code, assessor),
    foreign key (year, region_code, assessor) references panel_member (year, region_code, assessor)
);
