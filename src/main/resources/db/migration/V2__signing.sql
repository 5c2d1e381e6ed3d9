-- Signing campaigns: ceremonies, cluster registrations and each unit's final result. Process variables hold the
-- flow's state; these tables hold what must be queried across instances (clashes, memberships, the result).
create table signing_ceremony (
    id                varchar(64)   not null primary key,
    document_number   varchar(100)  not null,
    kind              varchar(16)   not null,
    cluster_code      varchar(64),
    host_unit_code    varchar(64)   not null,
    host_name         varchar(255)  not null,
    starts_at         timestamp     not null,
    ends_at           timestamp     not null,
    venue             varchar(500)  not null,
    signing_mode      varchar(16),
    combined_activity varchar(500),
    city_attendees    varchar(4000),
    agenda            varchar(8000) not null,
    participants      varchar(8000) not null,
    status            varchar(16)   not null
);
create index signing_ceremony_document on signing_ceremony (document_number, status);

create table signing_cluster_registration (
    document_number varchar(100) not null,
    cluster_code    varchar(64)  not null,
    state           varchar(16)  not null,
    primary key (document_number, cluster_code)
);

create table signing_cluster_member (
    document_number varchar(100) not null,
    cluster_code    varchar(64)  not null,
    unit_code       varchar(64)  not null,
    state           varchar(16)  not null,
    primary key (document_number, unit_code)
);

create table signing_unit_result (
    document_number varchar(100)  not null,
    unit_code       varchar(64)   not null,
    outcome         varchar(16)   not null,
    signed_on       date,
    ceremony_id     varchar(64),
    signing_scope   varchar(16),
    signing_mode    varchar(16),
    signatories     varchar(4000),
    reason          varchar(4000),
    report_summary  varchar(8000),
    press_links     varchar(4000),
    recorded_at     timestamp     not null,
    primary key (document_number, unit_code)
);
