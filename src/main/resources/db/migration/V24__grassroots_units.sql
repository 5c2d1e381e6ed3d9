-- Grassroots unions (công đoàn cơ sở) and the departments of district People's Committees: organisation data, replaced
-- with the organisation file or per district from a spreadsheet, never edited row by row.
create table org_grassroots_union (
    code          varchar(64)  not null primary key,
    district_code varchar(64)  not null references org_unit (code),
    name          varchar(255) not null,
    email         varchar(255) not null,
    -- The mailbox as looked up (lower case, no display name): a mailbox names one union, city-wide.
    mailbox       varchar(255) not null unique,
    sector        varchar(255),
    example_data  boolean      not null,
    sort_order    integer      not null
);
create index org_grassroots_union_district on org_grassroots_union (district_code, sort_order);

create table org_department (
    code          varchar(64)  not null primary key,
    district_code varchar(64)  not null references org_unit (code),
    name          varchar(255) not null,
    email         varchar(255),
    example_data  boolean      not null,
    sort_order    integer      not null
);
create index org_department_district on org_department (district_code, sort_order);

-- The petition topics a department answers by default; one department per topic in a district.
create table org_department_topic (
    department_code varchar(64) not null references org_department (code),
    district_code   varchar(64) not null,
    topic           varchar(64) not null,
    primary key (department_code, topic),
    unique (district_code, topic)
);

-- The grassroots union or department a person acts for (their unit_code is its district); null for a unit's bodies.
alter table org_person add column body_code varchar(64);
