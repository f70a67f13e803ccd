-- e-mail notices (issue 14): the receipt number of a region's submitted self-assessment, KC-<year>-<region>-<nnnn>
-- (nnnn: the order in which the period's regions first submitted). Given at the first submission and kept when the
-- self-assessment is reopened and submitted again.
alter table self_assessment add column receipt_no varchar(40) unique;
