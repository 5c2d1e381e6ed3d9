-- A matter (a signing campaign today) is identified by its issuer, the year its letter was issued and the letter's
-- number: numbers restart every year (Nghị định 30/2020). The primary key is what lets exactly one of several
-- concurrent starts of the same letter win; the start inserts its row in the engine's transaction.
create table matter (
    issuer_code            varchar(64)  not null,
    matter_year            integer      not null,
    document_number        varchar(100) not null,
    process_definition_key varchar(255) not null,
    process_instance_id    varchar(64)  not null,
    claimed_at             timestamp    not null,
    primary key (issuer_code, matter_year, document_number)
);
create index matter_instance on matter (process_instance_id);

-- The campaign's rows belong to one year's letter: 222/LĐLĐ of 2022 and of 2025 are two campaigns. Filled for
-- existing rows by V13 from the engine's history, then made part of the keys.
alter table signing_cluster_registration add column campaign_year integer;
alter table signing_cluster_member add column campaign_year integer;
alter table signing_unit_result add column campaign_year integer;
alter table signing_ceremony add column campaign_year integer;
