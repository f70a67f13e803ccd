-- monitoring module, issue 11: an item's own code (an SNI ISO 37122 indicator such as 5.1, or the region's own
-- numbering such as TK-01), optional, unique within its masterplan. The Excel import matches rows by it.
alter table masterplan_item add column code varchar(40);
create unique index masterplan_item_code on masterplan_item (masterplan_id, code) where code is not null;
