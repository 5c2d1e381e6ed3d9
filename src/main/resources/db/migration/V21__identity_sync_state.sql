-- The identity synchronisation owns only the memberships it created from the organisation: an administrator's own
-- memberships (e.g. someone added to city-office in Camunda Admin) are not listed here and are never removed.
-- Empty after the upgrade: the first synchronisation records what the organisation gives.
create table org_managed_membership (
    group_id varchar(64) not null,
    user_id  varchar(64) not null,
    primary key (group_id, user_id)
);

-- One row: the fingerprint of the organisation and of the identity the code derives from it (groups, memberships,
-- grants) as last synchronised. A start-up whose fingerprint matches writes nothing; the row is also the lock that
-- lets one node at a time synchronise.
create table org_identity_sync (
    id          integer     not null primary key check (id = 1),
    fingerprint varchar(64)
);
insert into org_identity_sync (id, fingerprint) values (1, null);
