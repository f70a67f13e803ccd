-- security module, issue 9: ENUMERATOR accounts enter one region's survey responses collected on paper or at a
-- service counter; like an operator, an enumerator is bound to a region
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'OPERATOR', 'ASSESSOR', 'ENUMERATOR'));
alter table app_user add constraint app_user_enumerator_region check (role <> 'ENUMERATOR' or region_code is not null);
