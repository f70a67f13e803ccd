-- programme module, issue 12: the files of the programme, checked as every evidence file is and kept where
-- evidence is (kc.evidence.store: evidence_content, or object storage), by stored_name 'programme/<uuid>'. No
-- cascade: a row goes only through the store, which removes its content as well.

-- a guidance session's materials (slides, modules, photos)
create table programme_guidance_material (
    id            uuid primary key,
    session_id    bigint not null references programme_guidance_session (id),
    original_name text not null,
    stored_name   text not null unique,
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now()
);
create index programme_guidance_material_by_session on programme_guidance_material (session_id);

-- the signed MoU of a cohort's region (a PDF), every revision kept: the highest is the current one
create table programme_mou_document (
    id            uuid primary key,
    selection_id  bigint not null,
    region_code   varchar(5) not null,
    revision      int not null check (revision >= 1),
    original_name text not null,
    stored_name   text not null unique,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now(),
    unique (selection_id, region_code, revision),
    foreign key (selection_id, region_code) references programme_participant (selection_id, region_code)
);
