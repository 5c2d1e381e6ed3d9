package vn.org.congdoanhanoi.phoihop.records.inbox;

/**
 * A file attached to an incoming message, within the mailbox's limits and of no dangerous type.
 *
 * @param name the file name as the sender gave it (RFC 2047 and RFC 2231 decoded), without any path or control
 *     character
 * @param contentType the declared type without parameters, lower case (e.g. {@code application/pdf})
 */
public record IncomingAttachment(String name, String contentType, byte[] content) {

  public IncomingAttachment {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  @Override
  public String toString() {
    return name + " (" + contentType + ", " + content.length + " bytes)";
  }
}
