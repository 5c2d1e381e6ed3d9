package vn.org.congdoanhanoi.phoihop.records.inbox;

/**
 * What one poll of a mailbox did.
 *
 * @param pending messages not marked yet when the poll began (the batch is at most {@code batch-size} of them)
 * @param handled messages handled now (taken, sent to review, rejected; also those refused unread)
 * @param markedOnly messages handled before (their ledger row was finished) and only marked now
 * @param retrying messages whose handler failed; tried again at the next poll
 * @param failed messages set aside now after their last attempt
 */
public record PollResult(int pending, int handled, int markedOnly, int retrying, int failed) {}
