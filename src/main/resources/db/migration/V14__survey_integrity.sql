-- survey module, issue 9: a public response needs a single-use form token; responses carry their source and
-- a keyed hash of the address group they came from (never the address); administrators quarantine responses.

-- the random part of the form token a response was sent with: a token is used once (null: entered by staff)
alter table survey_response add column token_nonce varchar(32);
create unique index survey_response_token on survey_response (token_nonce) where token_nonce is not null;

-- where the answers were collected: ONLINE by the respondent, on PAPER or at a service COUNTER (entered by staff)
alter table survey_response add column source varchar(10) not null default 'ONLINE'
    check (source in ('ONLINE', 'PAPER', 'COUNTER'));

-- keyed hash (HMAC, key kept in survey_form_key) of the IPv4 address or IPv6 /64 an online response came from
alter table survey_response add column address_group varchar(32);

-- an administrator sets responses aside (left out of the scores and of the quota) with a reason, and may
-- release them again; both are audited
create table survey_quarantine (
    id            bigserial primary key,
    year          int not null,
    region_code   varchar(5) not null,
    reason        text not null check (length(reason) between 1 and 500),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    released_by   text,
    released_at   timestamptz,
    release_reason text check (length(release_reason) <= 500),
    foreign key (year, region_code) references participant (year, region_code)
);
create index survey_quarantine_region on survey_quarantine (year, region_code);

create table survey_quarantined (
    quarantine_id bigint not null references survey_quarantine (id),
    response_id   bigint not null references survey_response (id),
    primary key (quarantine_id, response_id)
);
create index survey_quarantined_response on survey_quarantined (response_id);

-- responses currently quarantined (by a decision not released)
create view survey_excluded as
select distinct qr.response_id
from survey_quarantined qr join survey_quarantine q on q.id = qr.quarantine_id
where q.released_at is null;

-- closing a survey before its quota is an administrator's decision, with a reason
alter table survey_closure add column reason text check (length(reason) <= 500);

drop function survey_submit(uuid, int, varchar, varchar, smallint[], text, int, boolean, boolean, int);

-- The atomic part of a submission, in one round trip. Besides V12's checks: the period must still take survey
-- responses, read under a shared lock that finalization takes exclusively (survey.SurveyApi.scores) so no
-- response commits after the results were computed; a form token's nonce is used once (TOKEN_USED); quarantined
-- responses leave the quota.
create function survey_submit(
    p_key uuid, p_year int, p_region varchar, p_dimension varchar, p_answers smallint[], p_comment text,
    p_seconds int, p_straight boolean, p_fast boolean, p_quota int,
    p_nonce varchar, p_source varchar, p_group varchar)
    returns table (outcome text, r_year int, r_region varchar, r_dimension varchar, r_answers smallint[],
                   r_submitted timestamptz, r_straight boolean, r_fast boolean)
    language plpgsql as
$$
begin
    -- 0x53555256 = "SURV": the period's survey; finalization holds it exclusively while it computes
    perform pg_advisory_xact_lock_shared(1398100566, p_year);
    perform pg_advisory_xact_lock(p_year, hashtext(p_region || ':' || p_dimension));
    return query select 'REPLAY', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                        s.straight_lined, s.too_fast
                 from survey_response s where s.idempotency_key = p_key;
    if found then
        return;
    end if;
    if not exists (select 1 from period p where p.year = p_year and p.status in ('SELF_ASSESSMENT', 'ASSESSMENT')) then
        return query select 'PERIOD_CLOSED', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    if p_nonce is not null and exists (select 1 from survey_response s where s.token_nonce = p_nonce) then
        return query select 'TOKEN_USED', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    if exists (select 1 from survey_closure c where c.year = p_year and c.region_code = p_region) then
        return query select 'CLOSED', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    if (select count(*) from survey_response s
        where s.year = p_year and s.region_code = p_region and s.dimension = p_dimension
          and not s.straight_lined and not s.too_fast
          and not exists (select 1 from survey_excluded x where x.response_id = s.id)) >= p_quota then
        return query select 'FULL', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                            null::boolean, null::boolean;
        return;
    end if;
    return query insert into survey_response as s (idempotency_key, year, region_code, dimension, answers, comment,
                                                   seconds_taken, straight_lined, too_fast, token_nonce, source,
                                                   address_group)
                 values (p_key, p_year, p_region, p_dimension, p_answers, p_comment, p_seconds, p_straight, p_fast,
                         p_nonce, p_source, p_group)
                 on conflict do nothing
                 returning 'CREATED', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                           s.straight_lined, s.too_fast;
    if not found then
        -- the same key (or token) was stored meanwhile for another region or dimension
        return query select 'REPLAY', s.year, s.region_code, s.dimension, s.answers, s.submitted_at,
                            s.straight_lined, s.too_fast
                     from survey_response s where s.idempotency_key = p_key;
        if not found then
            return query select 'TOKEN_USED', p_year, p_region, p_dimension, null::smallint[], null::timestamptz,
                                null::boolean, null::boolean;
        end if;
    end if;
end
$$;
