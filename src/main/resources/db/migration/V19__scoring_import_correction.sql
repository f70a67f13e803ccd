-- scoring module: an import into a period whose results are final is a correction, with a reason; an import
-- made while the period's participant list was frozen accepts only rows of those participants (its later
-- confirmation too)
alter table national_import add column correction_reason text;
alter table national_import add column participants_frozen boolean not null default false;
