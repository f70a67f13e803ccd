-- e-mail notices (issue 14): where an account's notices go and in which language. The address is optional (an
-- account without one sees its notices in the application only); it is checked by the application.
alter table app_user add column email varchar(254);
alter table app_user add column language varchar(2) not null default 'id' check (language in ('id', 'en'));
