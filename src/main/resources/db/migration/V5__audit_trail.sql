-- audit module: who changed what, when (append-only)
create table audit_event (
    id          bigserial primary key,
    happened_at timestamptz not null default now(),
    actor       text not null,
    year        int,
    region_code varchar(5),
    action      text not null,
    subject     text,
    old_value   text,
    new_value   text
);
create index audit_event_region_idx on audit_event (region_code, happened_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
