-- audit module (ops): TRUNCATE skips row triggers, so the append-only trail also refuses it by a statement
-- trigger; the application's role has no TRUNCATE, UPDATE or DELETE on it either (db/callback grants)
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
