-- report module, issue 10: the results letter of a period as an administrator wrote it (until then the app
-- drafts one from the period's data). One row per period; every change is audited.
create table report_letter (
    year            int primary key references period (year),
    number          varchar(100) not null,
    letter_date     date not null,
    place           varchar(100) not null,
    subject         varchar(300) not null,
    signatory_name  varchar(200) not null,
    signatory_title varchar(200) not null,
    paragraphs      text[] not null,
    updated_by      text not null,
    updated_at      timestamptz not null default now()
);
