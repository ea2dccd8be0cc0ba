-- Verdicts under the law of the day the material was seen, stamped with the rule book that gave them; legal
-- decisions by legal advisers, kept as decisions of their own kind.

-- The day whose law applied was always stored; it is the day the material was seen from now on (the day of the
-- case's first report, or the day someone corrected it to, with the reason).
alter table assessment rename column assessed_on to law_date;
alter table assessment add column law_date_correction text
    check (law_date_correction is null or length(law_date_correction) between 1 and 500);

-- Decisions recorded before rule books had versions say so; every later one names its rule book.
alter table assessment add column rule_book text not null default 'not recorded'
    check (length(rule_book) between 1 and 100);
alter table assessment alter column rule_book drop default;

alter table assessment drop constraint assessment_kind_check;
alter table assessment add constraint assessment_kind_check check (kind in ('FIRST', 'APPEAL', 'LEGAL_DECISION'));

-- The legal adviser, who decides what the law as modelled leaves open.
alter table staff_member drop constraint staff_member_roles_check;
alter table staff_member add constraint staff_member_roles_check check (cardinality(roles) > 0
    and roles <@ array['ANALYST', 'SUPERVISOR', 'POLICE_LIAISON', 'ADMINISTRATOR', 'LEGAL_ADVISER']);
alter table audit_record drop constraint audit_record_actor_role_check;
alter table audit_record add constraint audit_record_actor_role_check
    check (actor_role in ('ANALYST', 'SUPERVISOR', 'POLICE_LIAISON', 'ADMINISTRATOR', 'LEGAL_ADVISER'));
