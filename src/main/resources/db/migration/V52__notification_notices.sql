-- e-mail notices (issue 14): the outbox. A notice is written in the transaction of the action that causes it (a
-- rolled-back action leaves none) and sent afterwards by the dispatcher (NoticeDispatcher), never in the request.
create table notice (
    id              uuid primary key,
    recipient       varchar(64) not null references app_user (username),
    kind            varchar(40) not null,
    year            int,
    region_code     varchar(5),
    language        varchar(2) not null,
    -- the address at the time the notice was written; null when shown in the application only
    email           varchar(254),
    subject         text not null,
    body            text not null,
    attachment_name text,
    attachment_type text,
    attachment      bytea,
    status          varchar(10) not null check (status in ('QUEUED', 'SENT', 'FAILED', 'UI_ONLY')),
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    -- at most one notice per key (a reminder per period, region, stage and account; a receipt per submission)
    dedupe_key      varchar(200) unique,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    read_at         timestamptz,
    check (status <> 'QUEUED' or (email is not null and next_attempt_at is not null))
);
create index notice_due on notice (next_attempt_at) where status = 'QUEUED';
create index notice_recipient on notice (recipient, created_at desc);
create index notice_status on notice (status, created_at desc);

-- the kinds of notice an account does not want by e-mail (no row: wanted)
create table notice_preference (
    username varchar(64) not null references app_user (username) on delete cascade,
    kind     varchar(40) not null,
    by_email boolean not null,
    primary key (username, kind)
);
