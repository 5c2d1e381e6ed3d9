-- The federation's organisation: data that an administrator replaces, never code.
create table org_unit (
    code                  varchar(64)  not null primary key,
    kind                  varchar(32)  not null,
    locality_type         varchar(16),
    name                  varchar(255) not null,
    federation_name       varchar(255) not null,
    party_committee_name  varchar(255),
    email                 varchar(255),
    party_committee_email varchar(255),
    active                boolean      not null,
    example_data          boolean      not null,
    sort_order            integer      not null
);

create table org_cluster (
    cluster_year   integer      not null,
    code           varchar(64)  not null,
    name           varchar(255) not null,
    lead_unit_code varchar(64)  not null references org_unit (code),
    example_data   boolean      not null,
    primary key (cluster_year, code)
);

create table org_cluster_member (
    cluster_year integer     not null,
    cluster_code varchar(64) not null,
    unit_code    varchar(64) not null references org_unit (code),
    primary key (cluster_year, unit_code),
    foreign key (cluster_year, cluster_code) references org_cluster (cluster_year, code)
);

create table org_person (
    username  varchar(64)  not null primary key,
    full_name varchar(255) not null,
    title     varchar(255),
    email     varchar(255),
    phone     varchar(32),
    unit_code varchar(64)  not null references org_unit (code),
    -- Demo accounts (demo profile) are removed again when the application starts without that profile.
    demo_account boolean   not null
);

create table org_person_role (
    username varchar(64) not null references org_person (username),
    role     varchar(32) not null,
    primary key (username, role)
);
