package vn.org.congdoanhanoi.phoihop.signing.unit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyProgramme;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules.Joining;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyRules;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning.Vars;

/**
 * {@code ServiceTask_RegisterLocalCeremony}: books the unit's own ceremony with its agenda and participants, or
 * joins the ceremony booked at the same start and venue. The rules are checked again here, under the lock of the
 * chairman's diary that the booking's transaction holds until it commits, so two units (on any node) cannot take
 * clashing slots, and units joining one ceremony at once are all recorded.
 */
@Component
@RequiredArgsConstructor
class RegisterLocalCeremonyDelegate implements JavaDelegate {

  private static final String CITY_UNIT = "thanhpho";

  private final CeremonyRules rules;
  private final Ceremonies registry;
  private final CeremonyProgramme programme;
  private final OrganizationDirectory organization;

  @Override
  public void execute(DelegateExecution execution) {
    CampaignId campaign = CampaignId.of(execution);
    String unitCode = Vars.UNIT_CODE.required(execution);
    LocalDate date = Vars.CEREMONY_DATE.orNull(execution);
    LocalTime time = Vars.CEREMONY_TIME.orNull(execution);
    String venue = Vars.CEREMONY_VENUE.required(execution);
    rules.requireAllowed("Không thể chốt lịch Lễ ký kết", campaign, Vars.DEADLINE.orNull(execution),
        date, time, venue, Joining.UNITS_CEREMONIES, Vars.CEREMONY_DATE.name(), Vars.CEREMONY_TIME.name());
    Meeting shared = registry.scheduled(campaign).stream()
        .filter(c -> CeremonyRules.joins(c, campaign, date, time, venue))
        .findFirst().orElse(null);
    Meeting ceremony = shared != null
        ? registry.join(shared, unitCode, organization.unit(CITY_UNIT).map(u -> u.federationName()).orElse(CITY_UNIT),
            programme.participants(List.of(unitCode)))
        : registry.schedule(campaign, CeremonyKind.LOCALITY, null, unitCode,
        Vars.UNIT_NAME.required(execution), date.atTime(time),
        venue, SigningChoices.code(Vars.SIGNING_MODE.orNull(execution)),
        Vars.COMBINED_ACTIVITY.orNull(execution), null,
        CeremonyProgramme.agenda(time, Vars.TERM.required(execution),
            Vars.PARTY_COMMITTEE_NAME.required(execution), false),
        programme.participants(List.of(unitCode)), List.of(unitCode));
    Vars.CEREMONY_ID.set(execution, ceremony.id());
    Vars.CEREMONY_STARTS_AT.set(execution, ceremony.startsAtWithOffset());
  }
}
