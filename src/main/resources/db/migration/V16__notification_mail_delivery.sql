-- One row per mail (its idempotency key, also its Message-ID) and recipient. The row is written before the SMTP
-- transaction for that recipient (SENDING) and again once the server accepted the mail (SENT), each in its own
-- database transaction. A retry, or another node resuming the mail after a crash, skips every recipient marked
-- SENT; a recipient still SENDING was interrupted before the server answered and is sent again with the same
-- Message-ID, so a copy the server did take is recognisable as a duplicate.
create table notification_mail_delivery (
  mail_key        varchar(255)  not null,
  recipient       varchar(320)  not null,
  state           varchar(16)   not null,
  attempts        integer       not null,
  last_attempt_at timestamp     not null,
  sent_at         timestamp,
  last_error      varchar(1000),
  primary key (mail_key, recipient)
);
