package vn.org.congdoanhanoi.phoihop.records.inbox;

/**
 * Takes the messages of one mailbox ({@code phoihop.inbox.mailboxes.<name>}), one bean per mailbox name. The intake
 * calls {@link #handle} inside the database transaction that records the message in the ledger, so whatever the
 * handler writes (rows, process instances, tasks) commits together with "this message was taken", or not at all.
 * A handler throws to say "try again later" (the transaction rolls back, the message stays unmarked, attempts are
 * counted); it returns {@link Outcome#rejected} for a message it will never take.
 */
public interface IncomingMailHandler {

  /** The mailbox this handler serves: a key under {@code phoihop.inbox.mailboxes}. */
  String mailbox();

  Outcome handle(IncomingMail mail);
}
