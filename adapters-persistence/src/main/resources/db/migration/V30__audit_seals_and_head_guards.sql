-- Audit records are sealed: a keyed MAC (HMAC-SHA-256) over each record's hash, under a key kept outside the database
-- (see org.hotline.adapters.persistence.AuditKey). Records written before sealing began carry none.
alter table audit_record add column seal text check (seal ~ '^[0-9a-f]{64}$');

-- A record is appended only right after the head of the chain, carrying its hash; the append locks the head first.
create function audit_record_follow_the_head() returns trigger
    language plpgsql as
$$
declare
    head audit_head%rowtype;
begin
    select * into head from audit_head;
    if not found or new.sequence <> head.last_sequence + 1 or new.previous_hash <> head.last_hash then
        raise exception 'audit records are appended in order, after the head of the chain: this record is refused'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger audit_record_appended_after_the_head
    before insert on audit_record
    for each row execute function audit_record_follow_the_head();

-- The head starts at record 0, moves one record forward at a time to the record just appended, and is never removed:
-- the trail cannot be shortened by moving its head back.
create function audit_head_move_forward() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' and new.last_sequence = 0 then
        return new;
    end if;
    if tg_op = 'UPDATE' and new.last_sequence = old.last_sequence + 1
            and new.last_hash = (select hash from audit_record where sequence = new.last_sequence) then
        return new;
    end if;
    raise exception 'the head of the audit trail only moves forward, to the record appended: % on audit_head is refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_head_moves_forward
    before insert or update or delete on audit_head
    for each row execute function audit_head_move_forward();

create trigger audit_head_no_truncate
    before truncate on audit_head
    for each statement execute function audit_head_move_forward();
