-- programme module, issue 12: every cohort confirmed before the masterplan review existed gets the default rubric
-- that a confirmation now seeds (programme.domain.Rubric.standard(): six criteria, equal weights).
insert into programme_rubric_criterion (selection_id, position, code, name, weight)
select s.id, c.position, c.code, c.name, 1
  from programme_selection s
 cross join (values (1, 'RPJMD', 'Keselarasan dengan RPJMD'),
                    (2, 'ANALISIS', 'Analisis kondisi daerah'),
                    (3, 'DIMENSI', 'Enam dimensi smart city'),
                    (4, 'ROADMAP', 'Roadmap dan rencana aksi'),
                    (5, 'QUICK_WIN', 'Program quick win'),
                    (6, 'TATA_KELOLA', 'Tata kelola implementasi')) as c (position, code, name)
 where s.confirmed_at is not null
   and not exists (select 1 from programme_rubric_criterion r where r.selection_id = s.id);
