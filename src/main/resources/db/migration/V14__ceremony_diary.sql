-- The chairman of the city federation speaks and signs at every ceremony of every campaign, so every booking goes
-- through one diary row: a booking locks it (select ... for update) before it checks for clashes and writes, and
-- bookings on any node of the cluster follow one another. A unique "slot" key could not do this: clashes are
-- overlaps of 90-minute windows starting at any minute, not equal keys.
create table signing_diary (
    diary varchar(64) not null primary key
);
insert into signing_diary (diary) values ('city-chairman');

-- The units that sign at a ceremony, one row each: joining and leaving are single-row writes, never a rewrite of
-- a list that a concurrent join could lose.
create table signing_ceremony_unit (
    ceremony_id varchar(64) not null references signing_ceremony (id),
    unit_code   varchar(64) not null,
    primary key (ceremony_id, unit_code)
);
create index signing_ceremony_unit_unit on signing_ceremony_unit (unit_code);

-- Clashes are looked up across campaigns by time.
create index signing_ceremony_schedule on signing_ceremony (status, starts_at);
