-- monitoring module, issue 12: photos of a field evaluation (tinjauan lapangan), each with its caption. Only JPEG
-- and PNG images, recognised by their content (shared.files CheckedFile.image). The content is kept where every
-- other evidence file is (kc.evidence.store): in evidence_content, or in object storage, by stored_name
-- ('field-evaluation/<uuid>').
create table field_evaluation_photo (
    id            uuid primary key,
    -- no cascade: a photo goes only through the store, which removes its content as well
    evaluation_id bigint not null references field_evaluation (id),
    caption       text not null,
    original_name text not null,
    stored_name   text not null unique,
    content_type  text not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now()
);
create index field_evaluation_photo_by_evaluation on field_evaluation_photo (evaluation_id, uploaded_at);

-- The content of a file nobody names (V36) is now found with
--   select c.stored_name from evidence_content c
--    where not exists (select 1 from evidence e where e.stored_name = c.stored_name)
--      and not exists (select 1 from masterplan_evidence m where m.stored_name = c.stored_name)
--      and not exists (select 1 from field_evaluation_photo p where p.stored_name = c.stored_name)
