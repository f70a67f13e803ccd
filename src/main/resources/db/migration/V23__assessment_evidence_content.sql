-- assessment module: the content of evidence files kept in the database (kc.evidence.store=postgres, the
-- default), so that every instance serves every file and one database backup holds them all. With
-- kc.evidence.store=s3 the content is in object storage and this table stays empty.
create table evidence_content (
    stored_name text primary key references evidence (stored_name),
    content     bytea not null
);
-- PDFs, images and office files are compressed already: skip PostgreSQL's own compression attempt
alter table evidence_content alter column content set storage external;
