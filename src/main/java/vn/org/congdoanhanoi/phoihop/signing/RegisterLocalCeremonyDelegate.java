package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.platform.Variables;
import vn.org.congdoanhanoi.phoihop.signing.UnitSigning.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * {@code ServiceTask_RegisterLocalCeremony}: books the unit's own ceremony with its agenda and participants. The
 * rules are checked again here, in the same transaction as the booking, so two units cannot take the same slot.
 */
@Component
class RegisterLocalCeremonyDelegate implements JavaDelegate {

  private final CeremonyRules rules;
  private final CeremonyRegistry registry;
  private final CeremonyProgramme programme;

  RegisterLocalCeremonyDelegate(CeremonyRules rules, CeremonyRegistry registry, CeremonyProgramme programme) {
    this.rules = rules;
    this.registry = registry;
    this.programme = programme;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String documentNumber = Variables.requiredText(execution, Vars.DOCUMENT_NUMBER);
    String unitCode = Variables.requiredText(execution, Vars.UNIT_CODE);
    LocalDate date = Variables.date(execution, Vars.CEREMONY_DATE);
    LocalTime time = Variables.time(execution, Vars.CEREMONY_TIME);
    Submission check = Submission.of(execution.getVariables());
    rules.check(check, documentNumber, Variables.date(execution, Vars.DEADLINE), date, time, Vars.CEREMONY_DATE,
        Vars.CEREMONY_TIME);
    check.throwIfInvalid("Không thể chốt lịch Lễ ký kết");
    Ceremony ceremony = registry.schedule(documentNumber, Ceremony.Kind.LOCALITY, null, unitCode,
        Variables.requiredText(execution, Vars.UNIT_NAME), date.atTime(time),
        Variables.requiredText(execution, Vars.CEREMONY_VENUE), Variables.text(execution, Vars.SIGNING_MODE),
        Variables.text(execution, Vars.COMBINED_ACTIVITY), null,
        CeremonyProgramme.agenda(time, Variables.requiredText(execution, Vars.TERM),
            Variables.requiredText(execution, Vars.PARTY_COMMITTEE_NAME), false),
        programme.participants(List.of(unitCode)));
    execution.setVariable(Vars.CEREMONY_ID, ceremony.id());
    execution.setVariable(Vars.CEREMONY_STARTS_AT, ceremony.startsAtIso());
  }
}
