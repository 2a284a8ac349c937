-- Audit trail (全程留痕): an SM3 hash chain. The application only INSERTs into and SELECTs from
-- audit_entry (production grants it nothing else, see docs/audit.md); the one row of
-- audit_chain_head is what it updates, and locking that row serialises appends.
create table audit_entry (
    seq            bigint primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200) not null,
    role           varchar(200),
    action         varchar(100) not null,
    object_type    varchar(100),
    object_id      varchar(200),
    before_text    varchar,
    after_text     varchar,
    client_address varchar(64),
    success        boolean not null,
    prev_hash      varchar(64) not null,
    hash           varchar(64) not null
);

create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_action on audit_entry (action);
create index audit_entry_object on audit_entry (object_type, object_id);

create table audit_chain_head (
    id        integer primary key check (id = 1),
    last_seq  bigint not null,
    last_hash varchar(64) not null
);

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
