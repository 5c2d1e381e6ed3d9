-- Mails waiting to be sent (outbox). A row is written in the transaction of the business step that asked for the
-- mail, so the mail exists exactly when that step commits; the notification worker claims due rows with
-- FOR UPDATE SKIP LOCKED (the database decides which worker gets which row), sends a batch of them over one SMTP
-- connection and marks each row SENT in the same transaction as its last recipient's ledger row
-- (notification_mail_delivery). A claim is a lease (locked_by, locked_until): a node that dies mid-batch leaves its
-- rows to the others once the lease ran out. A mail whose tries are spent is handed to a notification-mail
-- instance with an incident in Cockpit (state FAILED, incident_instance_id), where "Thử lại" sends it.
create table notification_mail_outbox (
  id                   varchar(36)   not null primary key,
  mail_key             varchar(255)  not null,
  request              text          not null,
  state                varchar(16)   not null,
  attempts             integer       not null,
  claims               integer       not null,
  created_at           timestamp     not null,
  next_attempt_at      timestamp     not null,
  locked_by            varchar(255),
  locked_until         timestamp,
  sent_at              timestamp,
  last_error           varchar(1000),
  incident_instance_id varchar(64)
);
-- The worker's claim: due rows of the queue, oldest first.
create index notification_mail_outbox_due on notification_mail_outbox (state, next_attempt_at);
create index notification_mail_outbox_key on notification_mail_outbox (mail_key);
