-- The statistics (issue 16) count over periods of days: reports and addresses by when they were received, cases by
-- when they opened (all of them, not only the open ones the queue reads), referrals by when they were referred, and
-- removals by when they were seen.

create index report_by_receipt on report (received_at);
create index report_url_by_receipt on report_url (received_at);
create index case_file_by_opening on case_file (opened_at);
create index exchange_referral_by_time on exchange_referral (referred_at);
create index takedown_removed on takedown (ended_at) where state = 'REMOVED';
