-- monitoring module, issue 11: evidence files attached to a masterplan item's realisation of a year (semester 0)
-- or a semester, checked as a self-assessment's evidence is. The content is kept where a self-assessment's is
-- (kc.evidence.store): in evidence_content, or in object storage under the same prefix, by stored_name
-- ('masterplan/<uuid>').
create table masterplan_evidence (
    id            uuid primary key,
    masterplan_id bigint not null references masterplan (id),
    -- no cascade: an item (or masterplan) goes only once its files have gone through the store, which removes
    -- their content as well
    item_id       bigint not null references masterplan_item (id),
    year          int not null,
    semester      smallint not null check (semester in (0, 1, 2)),
    original_name text not null,
    stored_name   text not null unique,
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now()
);
create index masterplan_evidence_by_period on masterplan_evidence (masterplan_id, year, semester);
create index masterplan_evidence_by_item on masterplan_evidence (item_id);

-- One content table for every module's evidence: its key no longer has to be a self-assessment file's. Each
-- stored_name is generated (a UUID; a masterplan file's prefixed 'masterplan/'), written with its module's row in
-- the same transaction and removed with it, so the content of a file nobody names is found with
--   select c.stored_name from evidence_content c
--    where not exists (select 1 from evidence e where e.stored_name = c.stored_name)
--      and not exists (select 1 from masterplan_evidence m where m.stored_name = c.stored_name)
alter table evidence_content drop constraint evidence_content_stored_name_fkey;
