-- instrument module: evaluation periods, their versioned instrument and participants
create table period (
    year                     int primary key check (year between 2000 and 2100),
    status                   varchar(20) not null
        check (status in ('DRAFT', 'SELF_ASSESSMENT', 'ASSESSMENT', 'FINALIZED', 'PUBLISHED')),
    self_assessment_opens    date,
    self_assessment_deadline date,
    copied_from              int references period (year),
    version                  int not null default 0,
    created_at               timestamptz not null default now()
);

create table period_track (
    year     int not null references period (year) on delete cascade,
    code     varchar(20) not null,
    name     text not null,
    position int not null,
    primary key (year, code)
);

create table period_dimension (
    year     int not null references period (year) on delete cascade,
    code     varchar(30) not null,
    name     text not null,
    position int not null,
    primary key (year, code)
);

create table dimension_weight (
    year           int not null,
    dimension_code varchar(30) not null,
    track          varchar(20) not null,
    weight         numeric(7, 4) not null check (weight >= 0 and weight <= 1),
    primary key (year, dimension_code, track),
    foreign key (year, dimension_code) references period_dimension (year, code) on delete cascade,
    foreign key (year, track) references period_track (year, code) on delete cascade
);

create table question (
    year           int not null,
    no             int not null check (no > 0),
    dimension_code varchar(30) not null,
    indicator      text not null,
    sub_indicator  text not null,
    text           text not null,
    primary key (year, no),
    foreign key (year, dimension_code) references period_dimension (year, code) on delete cascade
);

create table participant (
    year        int not null references period (year) on delete cascade,
    region_code varchar(5) not null references region (code),
    track       varchar(20) not null,
    primary key (year, region_code),
    foreign key (year, track) references period_track (year, code)
);

create table period_event (
    id          bigserial primary key,
    year        int not null references period (year) on delete cascade,
    happened_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    detail      text
);
