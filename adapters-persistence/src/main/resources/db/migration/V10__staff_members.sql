-- The people who work at the hotline. Only a hash of each password is kept (Argon2id, in its standard encoding).

create table staff_member (
    id                   uuid        primary key,
    username             text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name         text        not null check (length(display_name) between 1 and 100),
    roles                text[]      not null check (cardinality(roles) > 0
                                         and roles <@ array['ANALYST', 'SUPERVISOR', 'POLICE_LIAISON', 'ADMINISTRATOR']),
    active               boolean     not null,
    password_hash        text        not null,
    failed_sign_ins      integer     not null default 0 check (failed_sign_ins >= 0),
    locked_until         timestamptz,
    must_change_password boolean     not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
