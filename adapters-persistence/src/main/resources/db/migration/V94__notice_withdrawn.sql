-- A notice taken out of the outbox before it went, because its takedown was withdrawn (a later decision found the
-- material not illegal): kept, with why, so that the case's history says it was never sent.
alter table notice add column withdrawn_reason text;
alter table notice drop constraint notice_state_check;
alter table notice add constraint notice_state_check
    check (state in ('QUEUED', 'SENT', 'FAILED', 'WITHDRAWN'));
alter table notice add constraint notice_withdrawn_reason_check
    check ((state = 'WITHDRAWN') = (withdrawn_reason is not null));
