package vn.org.congdoanhanoi.phoihop.programme;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * What the programme family declares to the capabilities: who starts a programme and how Cockpit names its instances.
 *
 * <p>A programme is an agreement the city federation's standing committee signs; the office records it in the
 * system as it records every letter the standing committee issues (it launches the signing campaigns too). So the
 * office and administrators start it; the standing committee itself does not work in Tasklist for this. The yearly
 * reviews are started by the programme only.
 */
@Configuration
class ProgrammeBeans {

  static final String SEPARATOR = " – ";

  @Bean
  StartableProcess programmeStarters() {
    return new StartableProcess(CoordinationProgramme.KEY, Set.of(Groups.CITY_OFFICE, Groups.ADMINISTRATORS));
  }

  /** "01/CTPH-LĐLĐ (2022–2027) – Liên đoàn Lao động thành phố Hà Nội và Liên đoàn Lao động tỉnh Nghệ An". */
  @Bean
  InstanceNamer programmeName(ProgrammeParties parties) {
    return new InstanceNamer(CoordinationProgramme.KEY, execution -> {
      String number = CoordinationProgramme.Vars.PROGRAMME_NUMBER.orNull(execution);
      Integer start = lenient(() -> CoordinationProgramme.Vars.TERM_START.orNull(execution));
      Integer end = lenient(() -> CoordinationProgramme.Vars.TERM_END.orNull(execution));
      String a = CoordinationProgramme.Vars.PARTY_A.orNull(execution);
      String b = CoordinationProgramme.Vars.PARTY_B.orNull(execution);
      if (number == null) {
        return null;
      }
      String term = start == null || end == null ? "" : " (" + start + "–" + end + ")";
      return number + term + (a == null || b == null ? "" : SEPARATOR + parties.name(a) + " và " + parties.name(b));
    });
  }

  /** "01/CTPH-LĐLĐ – năm 2023 – chủ trì: Liên đoàn Lao động tỉnh Nghệ An". */
  @Bean
  InstanceNamer programmeReviewName(ProgrammeParties parties) {
    return new InstanceNamer(ProgrammeReview.KEY, execution -> {
      String number = ProgrammeReview.Vars.PROGRAMME_NUMBER.orNull(execution);
      Integer year = ProgrammeReview.Vars.REVIEW_YEAR.orNull(execution);
      String host = ProgrammeReview.Vars.REVIEW_HOST.orNull(execution);
      return number == null || year == null ? null
          : number + SEPARATOR + "năm " + year + (host == null ? "" : SEPARATOR + "chủ trì: " + parties.name(host));
    });
  }

  /** A name never fails a start: the start's own validation says what is wrong with a value. */
  private static Integer lenient(java.util.function.Supplier<Integer> read) {
    try {
      return read.get();
    } catch (IllegalStateException malformed) {
      return null;
    }
  }
}
