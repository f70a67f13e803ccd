-- survey module: the citizen impact survey (domain.md §3), its anonymous responses and their tallies

-- respondents wanted per smart dimension and region; the survey's questions are the period's IMPACT questions
create table survey_setting (
    year  int primary key references period (year) on delete cascade,
    quota int not null default 50 check (quota between 1 and 100000)
);

-- the citizen-facing statement of an instrument question, in plain language
create table survey_statement (
    year        int not null,
    question_no int not null,
    text_id     text not null check (length(text_id) between 1 and 400),
    text_en     text check (length(text_en) <= 400),
    primary key (year, question_no),
    foreign key (year, question_no) references question (year, no) on delete cascade
);

-- a region's survey is open while its period is in SELF_ASSESSMENT or ASSESSMENT, unless closed here
create table survey_closure (
    year        int not null,
    region_code varchar(5) not null,
    closed_at   timestamptz not null default now(),
    closed_by   text not null,
    primary key (year, region_code),
    foreign key (year, region_code) references participant (year, region_code) on delete cascade
);

-- one anonymous response: no address, no device id, no account is stored
create table survey_response (
    id              bigserial primary key,
    idempotency_key uuid not null unique,
    year            int not null,
    region_code     varchar(5) not null,
    dimension       varchar(30) not null,
    answers         smallint[] not null,           -- 1-4, in question order within the smart dimension
    comment         text check (length(comment) <= 1000),
    seconds_taken   int,                           -- null when the client sent no form token
    straight_lined  boolean not null,
    too_fast        boolean not null,
    submitted_at    timestamptz not null default now(),
    tallied         boolean not null default false,
    foreign key (year, region_code) references participant (year, region_code)
);
create index survey_response_slot on survey_response (year, region_code, dimension);
create index survey_response_pending on survey_response (id) where not tallied;

-- aggregates, maintained after the submissions commit (never inside them)
create table survey_tally (
    year           int not null,
    region_code    varchar(5) not null,
    dimension      varchar(30) not null,
    counted        int not null,
    straight_lined int not null,
    too_fast       int not null,
    primary key (year, region_code, dimension)
);

create table survey_answer_tally (
    year        int not null,
    region_code varchar(5) not null,
    dimension   varchar(30) not null,
    position    int not null,
    ones        int not null,
    twos        int not null,
    threes      int not null,
    fours       int not null,
    primary key (year, region_code, dimension, position)
);

-- submissions refused by the honeypot, kept only as a count for the administrators
create table survey_discard (
    year        int not null,
    region_code varchar(5) not null,
    reason      varchar(20) not null,
    at          timestamptz not null default now()
);
create index survey_discard_region on survey_discard (year, region_code);

-- The atomic part of a submission, in one round trip: serialise on the region's smart dimension only,
-- return the first response for a known key, refuse when the survey is closed or the dimension full,
-- otherwise store. Flags and validation are decided by the application before the call.
create function survey_submit(
    p_key uuid, p_year int, p_region varchar, p_dimension varchar, p_answers smallint[], p_comment text,
    p_seconds int, p_straight boolean, p_fast boolean, p_quota int)
    returns table (outcome text, r_year int, r_region varchar, r_dimension varchar, r_answers smallint[],
                   r_submitted timestamptz, r_straight boolean, r_fast boolean)
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(p_year, hashtext(p_region || ':' || p_dimension));
    return query select 'REPLAY', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                        s.straight_lined, s.too_fast
                 from survey_response s where s.idempotency_key = p_key;
    if found then
        return;
    end if;
    if exists (select 1 from survey_closure c where c.year = p_year and c.region_code = p_region) then
        return query select 'CLOSED', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    if (select count(*) from survey_response s
        where s.year = p_year and s.region_code = p_region and s.dimension = p_dimension
          and not s.straight_lined and not s.too_fast) >= p_quota then
        return query select 'FULL', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    return query insert into survey_response as s (idempotency_key, year, region_code, dimension, answers, comment,
                                                   seconds_taken, straight_lined, too_fast)
                 values (p_key, p_year, p_region, p_dimension, p_answers, p_comment, p_seconds, p_straight, p_fast)
                 on conflict (idempotency_key) do nothing
                 returning 'CREATED', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                           s.straight_lined, s.too_fast;
    if not found then
        -- the same key was stored meanwhile for another region or dimension
        return query select 'REPLAY', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                            s.straight_lined, s.too_fast
                     from survey_response s where s.idempotency_key = p_key;
    end if;
end
$$;

-- the key that signs form tokens (when a form was handed out), made once by the application
create table survey_form_key (
    id     int primary key check (id = 1),
    secret bytea not null check (length(secret) >= 32)
);
