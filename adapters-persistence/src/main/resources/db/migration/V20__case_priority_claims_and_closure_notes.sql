-- The analyst queue by priority and age, claims that run out, and the law's reason kept on a case closed as not
-- illegal. What the reports of a case say about its urgency is gathered on the case as they arrive, so that the queue
-- is read in order from an index instead of being ranked on every read.

alter table case_file
    add column closure_note text,
    add column report_count integer  not null default 0 check (report_count >= 0),
    add column referred     boolean  not null default false,
    add column visual       boolean  not null default false,
    add column priority     smallint not null default 0 check (priority between 0 and 2),
    add check (claim_expires_at is null or claim_expires_at > state_since),
    add check (closure_note is null or state = 'CLOSED');

update case_file c
set report_count = s.reports, referred = s.referred, visual = s.visual
from (select u.case_id,
             count(*) as reports,
             bool_or(r.channel = 'NETWORK_REFERRAL' or r.partner_id is not null) as referred,
             bool_or(r.seen && array['IMAGES', 'VIDEOS']) as visual
      from report_url u join report r on r.id = u.report_id
      group by u.case_id) s
where s.case_id = c.id;

-- Ranks the cases already stored as the standard policy of this version does (StandardPriority: 2 urgent, 1 high,
-- 0 normal). From now on the program ranks each case, by its configured policy, as reports join it.
update case_file set priority = case when referred or report_count >= 10 then 2 when visual then 1 else 0 end;

-- Each list of waiting cases is read by priority, then oldest first.
drop index case_file_open_by_age;
create index case_file_awaiting_assessment on case_file (priority desc, opened_at, id)
    where state in ('AWAITING_ASSESSMENT', 'IN_ASSESSMENT');
create index case_file_after_assessment on case_file (state, priority desc, opened_at, id)
    where state in ('AWAITING_LEGAL_REVIEW', 'AWAITING_HOSTING_TRACE');
-- Claims that ran out, for tidying up.
create index case_file_claims_by_expiry on case_file (claim_expires_at) where state = 'IN_ASSESSMENT';
-- A new report of an address recently closed as not illegal joins that case.
create index case_file_closed_not_illegal on case_file (url_key, state_since desc)
    where state = 'CLOSED' and closure_reason = 'NOT_ILLEGAL';
