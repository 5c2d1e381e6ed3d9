package vn.org.congdoanhanoi.phoihop.organization;

import java.util.Locale;

/** How a mailbox is compared: one form for the file, the tables and a sender's address read from a mail. */
public final class Mailboxes {

  private Mailboxes() {}

  /**
   * {@code "Công đoàn Vĩnh Phát" <CongDoan@VinhPhat.vn> } → {@code congdoan@vinhphat.vn}: the address inside angle
   * brackets if any, without {@code mailto:} and surrounding spaces, in lower case (mail systems here treat the
   * local part case-insensitively too). {@code null} stays {@code null}.
   */
  public static String normalise(String address) {
    if (address == null) {
      return null;
    }
    String value = address.strip();
    int open = value.lastIndexOf('<');
    int close = value.lastIndexOf('>');
    if (open >= 0 && close > open) {
      value = value.substring(open + 1, close).strip();
    }
    if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
      value = value.substring(7).strip();
    }
    return value.toLowerCase(Locale.ROOT);
  }
}
