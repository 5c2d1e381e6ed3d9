package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import vn.org.congdoanhanoi.phoihop.meeting.Meeting;

/** The kinds of signing ceremony, as {@link Meeting#kind()} stores them, with the title each gives its ceremony. */
public enum CeremonyKind {
  /** A cluster's joint ceremony. */
  CLUSTER,
  /** A unit's own ceremony. */
  LOCALITY,
  /** A ceremony the city arranges for several units (units that named the same start and venue). */
  CITY;

  /** For messages and reports, e.g. "Lễ ký kết chung của Cụm Thi đua số 1". */
  public String title(String hostName) {
    return switch (this) {
      case CLUSTER -> "Lễ ký kết chung của " + hostName;
      case CITY -> "Lễ ký kết chung do " + hostName + " tổ chức";
      case LOCALITY -> "Lễ ký kết của " + hostName;
    };
  }

  public boolean of(Meeting meeting) {
    return name().equals(meeting.kind());
  }
}
