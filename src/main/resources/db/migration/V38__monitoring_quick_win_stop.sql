-- monitoring module, issue 11: a quick win the region stopped, from which year and why. Its continuity year to
-- year is computed from this and its realisations (docs/method.md 8.1); an institution's stage (0 not formed,
-- 1 formed, 2 active) is kept as its target and realisation values.
alter table masterplan_item
    add column stopped_year int,
    add column stop_reason  text,
    add constraint masterplan_item_stop check (
        (stopped_year is null and stop_reason is null)
        or (category = 'QUICK_WIN' and stopped_year is not null and stop_reason is not null));
