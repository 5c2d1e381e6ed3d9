-- A register entry issued for a campaign names the campaign's letter by its number and, from now on, its year:
-- 222/LĐLĐ of 2022 and of 2025 are two letters, and their reports must not be listed as one another's.
alter table doc_outgoing add column source_year integer;

-- Older entries: the year of the campaign instance they were issued for, else the only year that number was
-- launched in. An entry of a number launched in several years, issued for no instance, stays without a year.
update doc_outgoing set source_year = (
    select m.matter_year from matter m where m.process_instance_id = doc_outgoing.process_instance_id)
where source_kind = 'signing-campaign' and process_instance_id is not null;

update doc_outgoing set source_year = (
    select max(m.matter_year) from matter m
    where m.issuer_code = 'thanhpho' and m.document_number = doc_outgoing.source_reference)
where source_kind = 'signing-campaign' and source_year is null
  and (select count(*) from matter m
       where m.issuer_code = 'thanhpho' and m.document_number = doc_outgoing.source_reference) = 1;
