-- programme module, issue 12: the masterplan review of a confirmed cohort (docs/method.md, section 8.4). Each
-- confirmed selection has a rubric (criteria with relative weights, normalised when scored); each selected region
-- uploads its masterplan document and quick-win programme (every upload a new revision, all kept); the ministry
-- assigns reviewers (assessor accounts), who score every criterion 1..4 with a comment and submit; the score is
-- computed from the submitted sheets, never stored, and the region sees it once the ministry publishes it.

-- The rubric of a cohort; it no longer changes once a score of any of the cohort's regions is saved
-- (programme_review_score references its criteria).
create table programme_rubric_criterion (
    selection_id bigint not null references programme_selection (id),
    position     int not null check (position between 1 and 20),
    code         varchar(40) not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name         text not null check (length(name) between 1 and 200),
    weight       numeric(7, 4) not null check (weight > 0 and weight <= 100),
    primary key (selection_id, code),
    unique (selection_id, position)
);

-- A region's review in a cohort: created with its first document or reviewer; published once by an administrator
-- (then nothing of it changes).
create table programme_review (
    selection_id bigint not null,
    region_code  varchar(5) not null,
    published_by text,
    published_at timestamptz,
    primary key (selection_id, region_code),
    foreign key (selection_id, region_code) references programme_participant (selection_id, region_code),
    check ((published_by is null) = (published_at is null))
);

-- The documents a region uploaded, every revision kept. The content is in the shared evidence store
-- (kc.evidence.store: evidence_content, or object storage) under stored_name ('masterplan-review/<uuid>'): the
-- orphan query of V36 adds "and not exists (select 1 from programme_masterplan_document d where d.stored_name =
-- c.stored_name)". No revision is ever removed, so none of these names leaves an orphan.
create table programme_masterplan_document (
    id            uuid primary key,
    selection_id  bigint not null,
    region_code   varchar(5) not null,
    kind          varchar(10) not null check (kind in ('MASTERPLAN', 'QUICK_WIN')),
    revision      int not null check (revision >= 1),
    original_name text not null,
    stored_name   text not null unique,
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        varchar(64) not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null default now(),
    foreign key (selection_id, region_code) references programme_review (selection_id, region_code),
    unique (selection_id, region_code, kind, revision)
);

-- The reviewers of a region's masterplan: assessor accounts. submitted_at set: the sheet is locked and counts;
-- reviewed_document is the masterplan revision that was the latest when it was submitted.
create table programme_reviewer (
    selection_id      bigint not null,
    region_code       varchar(5) not null,
    reviewer          varchar(64) not null references app_user (username),
    assigned_by       text not null,
    assigned_at       timestamptz not null default now(),
    submitted_at      timestamptz,
    reviewed_document uuid references programme_masterplan_document (id),
    primary key (selection_id, region_code, reviewer),
    foreign key (selection_id, region_code) references programme_review (selection_id, region_code),
    check (submitted_at is not null or reviewed_document is null)
);
create index programme_reviewer_by_reviewer on programme_reviewer (reviewer);

-- A reviewer's score of a criterion, with a comment; a removed (unsubmitted) reviewer's drafts go with them.
create table programme_review_score (
    selection_id   bigint not null,
    region_code    varchar(5) not null,
    reviewer       varchar(64) not null,
    criterion_code varchar(40) not null,
    score          smallint not null check (score between 1 and 4),
    comment        text check (comment is null or length(comment) <= 4000),
    saved_at       timestamptz not null default now(),
    primary key (selection_id, region_code, reviewer, criterion_code),
    foreign key (selection_id, region_code, reviewer)
        references programme_reviewer (selection_id, region_code, reviewer) on delete cascade,
    foreign key (selection_id, criterion_code) references programme_rubric_criterion (selection_id, code)
);
create index programme_review_score_by_criterion on programme_review_score (selection_id, criterion_code);
