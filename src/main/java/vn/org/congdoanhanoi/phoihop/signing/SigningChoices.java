package vn.org.congdoanhanoi.phoihop.signing;


/** The codes users choose in the signing forms; the forms show the Vietnamese labels. */
public final class SigningChoices {

  /** Ký trực tiếp / gián tiếp. */
  public enum SigningMode {
    DIRECT("ký trực tiếp"), INDIRECT("ký gián tiếp");

    private final String label;

    SigningMode(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Ký theo Cụm Thi đua / theo địa bàn. */
  public enum SigningScope {
    CLUSTER("theo Cụm Thi đua"), LOCALITY("theo địa bàn");

    private final String label;

    SigningScope(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum VenueArrangedBy { UNIT, CITY }

  public enum CommitteeOpinion { APPROVE, REQUEST_CHANGES, DECIDE_FORMAT }

  public enum LocalScheduleAction { SCHEDULE, NOT_HELD }

  public enum CeremonyOutcome { SIGNED, POSTPONED }

  /** A member's place in its cluster's joint ceremony. */
  public enum MemberState { UNDECIDED, JOINED, LOCALITY, LEFT }

  /** The code a choice is stored and recorded as (null for none): results and ceremonies keep codes. */
  public static String code(Enum<?> choice) {
    return choice == null ? null : choice.name();
  }

  private SigningChoices() {}
}
