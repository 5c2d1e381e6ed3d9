-- The incoming-mail ledger (records.inbox): one row per message of a mailbox, keyed by its Message-ID (or an id
-- derived from its bytes when it has none). The row is inserted and the mailbox's handler runs in ONE transaction;
-- the message is marked on the IMAP server only after that transaction committed. A message met again whose row is
-- finished (any status but RETRYING) is only marked, never handled twice; two nodes inserting the same key are
-- serialised by the primary key. RETRYING rows count the handler's failed attempts; FAILED ones were set aside.
create table inbox_message (
  mailbox       varchar(64)   not null,
  message_id    varchar(300)  not null,
  status        varchar(16)   not null,
  attempts      integer       not null,
  sender        varchar(320),
  subject       varchar(500),
  reason        varchar(2000),
  reference     varchar(2000),
  first_seen_at timestamp     not null,
  finished_at   timestamp,
  primary key (mailbox, message_id)
);

create index inbox_message_status on inbox_message (status, mailbox);
