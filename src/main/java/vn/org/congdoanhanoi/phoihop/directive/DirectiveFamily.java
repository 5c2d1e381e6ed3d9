package vn.org.congdoanhanoi.phoihop.directive;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * What the directive family declares to the capabilities: who starts a directive (the city office, its standing
 * committee and administrators, over REST; duties are started by the directive only) and the readable Cockpit names,
 * e.g. "865-CV/HU (2023) – Liên đoàn Lao động huyện Gia Lâm – 1" for one recipient's item.
 */
@Configuration
class DirectiveFamily {

  static final String SEPARATOR = " – ";

  @Bean
  StartableProcess directiveStarters() {
    return new StartableProcess(Directive.KEY, Set.of(Groups.CITY_OFFICE, Groups.CITY_STANDING, Groups.ADMINISTRATORS));
  }

  @Bean
  InstanceNamer directiveName() {
    return new InstanceNamer(Directive.KEY, execution -> {
      String letter = letter(Directive.Vars.DOCUMENT_NUMBER.orNull(execution), year(execution));
      String subject = Directive.Vars.SUBJECT.orNull(execution);
      return letter == null ? null : subject == null ? letter : letter + SEPARATOR + subject;
    });
  }

  @Bean
  InstanceNamer directiveDutyName(OrganizationDirectory organization) {
    return new InstanceNamer(DirectiveDuty.KEY, execution -> {
      String letter = letter(DirectiveDuty.Vars.DOCUMENT_NUMBER.orNull(execution),
          DirectiveDuty.Vars.DIRECTIVE_YEAR.orNull(execution));
      String unit = DirectiveDuty.Vars.UNIT_CODE.orNull(execution);
      String item = DirectiveDuty.Vars.ITEM_CODE.orNull(execution);
      return letter == null || unit == null ? null
          : letter + SEPARATOR + organization.federation(unit) + (item == null ? "" : SEPARATOR + item);
    });
  }

  /** "865-CV/HU (2023)": numbers restart every year, so the year belongs to the name. */
  private static String letter(String number, Integer year) {
    return number == null ? null : year == null ? number : number + " (" + year + ")";
  }

  /** At the directive's start, before its year is set, the year of {@code issuedOn}; leniently, a name never fails. */
  private static Integer year(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    try {
      return Directive.Vars.ISSUED_ON.optional(execution).map(java.time.LocalDate::getYear).orElse(null);
    } catch (IllegalStateException malformed) {
      return null;
    }
  }
}
