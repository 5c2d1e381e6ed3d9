package vn.org.congdoanhanoi.phoihop.signing.unit;

import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyProgramme;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/**
 * {@code ServiceTask_RegisterLocalCeremony}: books the unit's own ceremony with its agenda and participants, or
 * joins the ceremony booked at the same start and venue. The rules are checked again here, under the lock of the
 * chairman's diary that the booking's transaction holds until it commits, so two units (on any node) cannot take
 * clashing slots, and units joining one ceremony at once are all recorded.
 */
@Component
class RegisterLocalCeremonyDelegate implements JavaDelegate {

  private static final String CITY_UNIT = "thanhpho";

  private final CeremonyRules rules;
  private final Ceremonies registry;
  private final CeremonyProgramme programme;
  private final OrganizationDirectory organization;

  RegisterLocalCeremonyDelegate(CeremonyRules rules, Ceremonies registry, CeremonyProgramme programme,
                                OrganizationDirectory organization) {
    this.rules = rules;
    this.registry = registry;
    this.programme = programme;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String unitCode = Variables.requiredText(execution, Vars.UNIT_CODE);
    LocalDate date = Variables.date(execution, Vars.CEREMONY_DATE);
    LocalTime time = Variables.time(execution, Vars.CEREMONY_TIME);
    String venue = Variables.requiredText(execution, Vars.CEREMONY_VENUE);
    rules.requireAllowed("Không thể chốt lịch Lễ ký kết", campaign, Variables.date(execution, Vars.DEADLINE),
        date, time, venue, Joining.UNITS_CEREMONIES, Vars.CEREMONY_DATE, Vars.CEREMONY_TIME);
    Meeting shared = registry.scheduled(campaign).stream()
        .filter(c -> CeremonyRules.joins(c, campaign, date, time, venue))
        .findFirst().orElse(null);
    Meeting ceremony = shared != null
        ? registry.join(shared, unitCode, organization.unit(CITY_UNIT).map(u -> u.federationName()).orElse(CITY_UNIT),
            programme.participants(List.of(unitCode)))
        : registry.schedule(campaign, CeremonyKind.LOCALITY, null, unitCode,
        Variables.requiredText(execution, Vars.UNIT_NAME), date.atTime(time),
        venue, Variables.text(execution, Vars.SIGNING_MODE),
        Variables.text(execution, Vars.COMBINED_ACTIVITY), null,
        CeremonyProgramme.agenda(time, Variables.requiredText(execution, Vars.TERM),
            Variables.requiredText(execution, Vars.PARTY_COMMITTEE_NAME), false),
        programme.participants(List.of(unitCode)), List.of(unitCode));
    execution.setVariable(Vars.CEREMONY_ID, ceremony.id());
    execution.setVariable(Vars.CEREMONY_STARTS_AT, ceremony.startsAtIso());
  }
}
