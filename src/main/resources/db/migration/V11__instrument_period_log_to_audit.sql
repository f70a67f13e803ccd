-- instrument module: period changes are recorded in the audit trail (audit_event) from now on
insert into audit_event (happened_at, actor, year, action, new_value)
select happened_at, actor, year, action, detail from period_event order by id;
drop table period_event;
