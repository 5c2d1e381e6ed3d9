-- The chairman's diary (signing_ceremony) holds the meetings of every family: a clash message or an invitation
-- names the other meeting by the title its family gave it, so the diary needs no family's rules to read a row.
-- Existing rows are signing ceremonies, titled as their kind titled them.
alter table signing_ceremony add column title varchar(500);
update signing_ceremony set title = case kind
    when 'CLUSTER' then 'Lễ ký kết chung của ' || host_name
    when 'CITY' then 'Lễ ký kết chung do ' || host_name || ' tổ chức'
    else 'Lễ ký kết của ' || host_name end;
alter table signing_ceremony alter column title set not null;
