-- shared (ops): after every migration, the application's runtime role (${app_role}) may read and write rows,
-- and nothing more: it owns no table, so it can neither alter nor drop one, nor switch a trigger off. Tables
-- created by later migrations are covered by the default privileges. The audit trail is append-only for it:
-- no UPDATE, DELETE or TRUNCATE (the triggers of V5 and V26 refuse them for everyone else).
-- Skipped when the migrations run as that role itself (an external database with one role for everything).
do $$
declare
    app text := '${app_role}';
    schema_name text := current_schema();
begin
    if app = '' or app = current_user then
        raise notice 'migrations run as the application role %: no separate grants', current_user;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'role % (kc.db.app-role) does not exist: create it first (README, Configuration)', app;
    end if;
    execute format('grant usage on schema %I to %I', schema_name, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, app);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   schema_name, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                   schema_name, app);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
end
$$;
