package vn.org.congdoanhanoi.phoihop.records.inbox;

/** A message the intake cannot read (malformed MIME, broken encoding, too large); recorded as rejected, never retried. */
class UnreadableMailException extends Exception {

  UnreadableMailException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
