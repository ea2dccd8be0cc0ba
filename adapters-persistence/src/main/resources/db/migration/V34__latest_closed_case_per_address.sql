-- Intake fetches the open case and the latest closed case of each reported address, whatever the reason it was
-- closed for; whether that closed case still takes in reports is the domain's rule (IntakeRules), not the query's.
drop index case_file_closed_not_illegal;
create index case_file_latest_closed on case_file (url_key, state_since desc, id) where state = 'CLOSED';
