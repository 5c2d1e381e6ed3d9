package vn.org.congdoanhanoi.phoihop.signing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/** Starts signing campaigns for tests, as the city office does (its own user and groups, authorizations on). */
public final class Campaigns {

  private Campaigns() {}

  public static Map<String, Object> campaign(String number, List<String> units, String issuedOn, String deadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), number);
    vars.put(SigningCampaign.Vars.ISSUED_ON.name(), issuedOn);
    vars.put(SigningCampaign.Vars.DEADLINE.name(), deadline);
    vars.put(SigningCampaign.Vars.SUBJECT.name(), "V/v tổ chức Lễ ký Quy chế phối hợp công tác giai đoạn 2022-2025");
    vars.put(SigningCampaign.Vars.TERM.name(), "2022-2025");
    vars.put(SigningCampaign.Vars.UNIT_CODES.name(), JsonLists.toJson(units));
    return vars;
  }

  public static ProcessInstance start(ProcessEngine engine, String user, Map<String, Object> variables) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SigningCampaign.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public static Map<String, Object> proposal(String scope) {
    return Map.of("proposedDate", "2022-06-08", "proposedTime", "14:00", "venue", "Hội trường Quận ủy",
        "venueArrangedBy", "UNIT", "signingMode", "DIRECT", "signingScope", scope,
        "attendees", "Ban Thường vụ Quận ủy; Ban Thường vụ LĐLĐ quận");
  }

  public static Map<String, Object> schedule(String date, String time, String venue) {
    return Map.of("localScheduleAction", "SCHEDULE", "ceremonyDate", date, "ceremonyTime", time,
        "ceremonyVenue", venue);
  }
}
