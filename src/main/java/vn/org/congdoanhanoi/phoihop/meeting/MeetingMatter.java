package vn.org.congdoanhanoi.phoihop.meeting;


/**
 * The letter a meeting belongs to: its number and the year it was issued. Numbers restart every year, so
 * 222/LĐLĐ of 2022 and 222/LĐLĐ of 2025 are two matters, and their meetings never merge into one.
 */
public record MeetingMatter(String documentNumber, int year) {

  public MeetingMatter {
    documentNumber = documentNumber.strip();
  }

  /** For messages: "văn bản số 222/LĐLĐ năm 2022". */
  public String describe() {
    return "văn bản số " + documentNumber + " năm " + year;
  }
}
