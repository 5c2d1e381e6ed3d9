-- The units that sign at a ceremony booked by units themselves (their own, or one the city arranges for several
-- units at the same start and venue). A cluster's members stay in signing_cluster_member.
alter table signing_ceremony add column unit_codes varchar(2000);
