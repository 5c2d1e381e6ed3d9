package vn.org.congdoanhanoi.phoihop.programme;

import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/**
 * A programme as a matter of the register of matters ({@code records.matter}): the city federation records it under
 * its number and the year it was signed, so one programme number starts one programme.
 */
final class ProgrammeMatter {

  private ProgrammeMatter() {}

  static MatterKey key(String programmeNumber, int year) {
    return new MatterKey(MatterKey.CITY_FEDERATION, year, programmeNumber);
  }

  static Violation alreadyCompleted(String programmeNumber, int year) {
    return new Violation(CoordinationProgramme.Vars.PROGRAMME_NUMBER.name(), "Chương trình phối hợp số "
        + programmeNumber + " ký năm " + year + " đã kết thúc; mỗi số Chương trình chỉ khởi tạo một lần.");
  }
}
