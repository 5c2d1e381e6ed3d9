package vn.org.congdoanhanoi.phoihop.dialogue;

import java.time.LocalDate;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * One dialogue conference's plan: the district federation that issued it, the year and the number ("477/KH-LĐLĐ").
 * A district federation numbers its own plans and numbers restart every year, so Gia Lâm's 477/KH-LĐLĐ of 2023 and
 * Đông Anh's plan with the same number are two plans; every row of the family carries all three.
 */
public record PlanId(String districtCode, int year, String planNumber) {

  public PlanId {
    districtCode = districtCode.strip();
    planNumber = planNumber.strip();
  }

  /** The plan's matter: issued by the district federation, so one start per plan of that district and year. */
  public MatterKey matterKey() {
    return new MatterKey(districtCode, year, planNumber);
  }

  /** For messages: "kế hoạch số 477/KH-LĐLĐ năm 2023 của gialam". */
  public String describe() {
    return "kế hoạch số " + planNumber + " năm " + year + " (" + districtCode + ")";
  }

  /**
   * The plan a REST request names by its number, issue date and district ({@code planNumber}, {@code issuedOn},
   * {@code unitCode}); null when one is missing or malformed, which {@code s} then holds as a field error.
   */
  public static PlanId read(Submission s) {
    String number = s.requiredText(DialogueConference.Vars.PLAN_NUMBER, "số kế hoạch (planNumber)", 100);
    LocalDate issuedOn = s.requiredDate(DialogueConference.Vars.ISSUED_ON, "ngày ban hành kế hoạch (issuedOn)");
    String district = s.requiredText(DialogueConference.Vars.UNIT_CODE, "mã LĐLĐ quận, huyện (unitCode)", 64);
    return number == null || issuedOn == null || district == null
        ? null : new PlanId(district, issuedOn.getYear(), number);
  }
}
