package vn.org.congdoanhanoi.phoihop.dialogue;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * Readable names of the dialogue instances in Cockpit: the plan, its year and its district, e.g. "477/KH-LĐLĐ
 * (2023) – Hội nghị đối thoại – Liên đoàn Lao động huyện Gia Lâm". The district is part of the name because every
 * district numbers its own plans.
 */
@Configuration
class DialogueInstanceNames {

  static final String SEPARATOR = " – ";

  @Bean
  InstanceNamer dialogueConferenceName(OrganizationDirectory organization) {
    return new InstanceNamer(DialogueConference.KEY, execution -> {
      String number = Vars.PLAN_NUMBER.orNull(execution);
      String district = Vars.UNIT_CODE.orNull(execution);
      if (number == null || district == null) {
        return null;
      }
      String year = year(execution).map(y -> " (" + y + ")").orElse("");
      return number + year + SEPARATOR + "Hội nghị đối thoại" + SEPARATOR + organization.federation(district);
    });
  }

  /** Leniently: a name never fails a start; the start's own validation says what is wrong. */
  private static Optional<Integer> year(VariableScope execution) {
    try {
      return Vars.ISSUED_ON.optional(execution).map(LocalDate::getYear);
    } catch (IllegalStateException malformed) {
      return Optional.empty();
    }
  }
}
