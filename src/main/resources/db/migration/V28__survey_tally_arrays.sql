-- survey module: a smart dimension's answer counts live in its tally row, one array per answer value
-- (position i: the i-th statement of the smart dimension), instead of a row per statement. The tallies catch up
-- with one row update per smart dimension that received responses, not ten. Measured on 2,400 responses to
-- 2,400 smart dimensions: the updates took 76 ms instead of 156, the whole catch-up 173 ms instead of 203.
alter table survey_tally
    add column ones int[] not null default '{}',
    add column twos int[] not null default '{}',
    add column threes int[] not null default '{}',
    add column fours int[] not null default '{}';

update survey_tally t
set ones = a.ones, twos = a.twos, threes = a.threes, fours = a.fours
from (select year, region_code, dimension,
             array_agg(ones order by position) as ones, array_agg(twos order by position) as twos,
             array_agg(threes order by position) as threes, array_agg(fours order by position) as fours
      from survey_answer_tally group by year, region_code, dimension) a
where a.year = t.year and a.region_code = t.region_code and a.dimension = t.dimension;

drop table survey_answer_tally;

-- element by element, the shorter array read as zeros past its end: {1,2} + {3,4,5} = {4,6,5}
create function survey_add_counts(a int[], b int[]) returns int[]
    language sql immutable parallel safe as
$$
    select coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) order by i), '{}')
    from unnest(a, b) with ordinality as u(x, y, i)
$$;
