package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The key of a message in the ledger: its own Message-ID when well-formed, else one derived from its bytes. */
final class MessageIds {

  /** {@code <left@right>}-like: printable ASCII without spaces or angle brackets inside, as RFC 5322's msg-id. */
  private static final Pattern WELL_FORMED = Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]{1,250}>");

  private MessageIds() {}

  /** The header value if well-formed (surrounding blanks dropped), else {@code null}. */
  static String wellFormed(String header) {
    if (header == null) {
      return null;
    }
    String trimmed = header.strip();
    return WELL_FORMED.matcher(trimmed).matches() ? trimmed : null;
  }

  /** A stable id for a message without a usable Message-ID: the same bytes always give the same id. */
  static String derived(byte[] raw) {
    return "<sha256-" + HexFormat.of().formatHex(sha256(raw)) + "@phoihop.invalid>";
  }

  static String derived(String headers) {
    return derived(headers.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
