-- survey module: tally responses by the transaction that stored them instead of flagging each row afterwards.
-- Marking every response "tallied" rewrote each row and its indexes a second time; now a watermark moves
-- past the transactions that have all finished (pg_snapshot_xmin), and responses are never updated.
-- rows already stored read 1: below any watermark (they are tallied below, the old way, or were already)
alter table survey_response add column inserted_xid xid8 not null default '1'::xid8;
alter table survey_response alter column inserted_xid set default pg_current_xact_id();
create index survey_response_xid on survey_response (inserted_xid);

-- responses already tallied keep counting once: the watermark starts past every transaction so far
create table survey_tally_mark (
    id            int primary key check (id = 1),
    tallied_below xid8 not null
);
insert into survey_tally_mark (id, tallied_below) values (1, pg_snapshot_xmin(pg_current_snapshot()));

-- rows stored before this migration and not yet tallied: tally them now, the old way, one last time
with batch as (
    select year, region_code, dimension, answers, straight_lined, too_fast
    from survey_response where not tallied
), dimensions as (
    insert into survey_tally as t (year, region_code, dimension, counted, straight_lined, too_fast)
    select year, region_code, dimension,
           count(*) filter (where not straight_lined and not too_fast),
           count(*) filter (where straight_lined), count(*) filter (where too_fast)
    from batch group by year, region_code, dimension
    on conflict (year, region_code, dimension) do update set
        counted = t.counted + excluded.counted,
        straight_lined = t.straight_lined + excluded.straight_lined,
        too_fast = t.too_fast + excluded.too_fast
    returning 1
)
insert into survey_answer_tally as t (year, region_code, dimension, position, ones, twos, threes, fours)
select b.year, b.region_code, b.dimension, a.position,
       count(*) filter (where a.value = 1), count(*) filter (where a.value = 2),
       count(*) filter (where a.value = 3), count(*) filter (where a.value = 4)
from batch b cross join lateral unnest(b.answers) with ordinality as a(value, position)
where not b.straight_lined and not b.too_fast
group by b.year, b.region_code, b.dimension, a.position
on conflict (year, region_code, dimension, position) do update set
    ones = t.ones + excluded.ones, twos = t.twos + excluded.twos,
    threes = t.threes + excluded.threes, fours = t.fours + excluded.fours;

drop index survey_response_pending;
alter table survey_response drop column tallied;
