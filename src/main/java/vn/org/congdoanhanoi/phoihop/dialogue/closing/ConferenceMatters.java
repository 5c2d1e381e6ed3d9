package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.reporting.CampaignSummary;

/**
 * The dialogue conferences as the compliance matrices list and find them: from {@code dialogue_conference} (one row
 * per plan) and, for what only the process knows (the issue date, whether it ended), its history in one query per
 * list. Each district numbers its own plans, so a number that two districts used in one year is named with its
 * district: "477/KH-LĐLĐ@gialam".
 */
@Repository
public class ConferenceMatters {

  static final char DISTRICT_SEPARATOR = '@';

  /** One conference: its plan, instance and dates, and what its history adds. */
  public record Held(PlanId plan, String instanceId, LocalDate petitionDeadline, LocalDate conferenceDate,
                     LocalDate issuedOn, boolean completed, String documentNumber) {}

  private final JdbcClient jdbc;
  private final HistoryService history;

  ConferenceMatters(JdbcClient jdbc, @Lazy HistoryService history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /** The conferences of these districts (all when null), newest first. */
  public List<Held> all(Set<String> districts) {
    List<Row> rows = jdbc.sql("""
            select district_code, plan_year, plan_number, process_instance_id, petition_deadline, conference_date
            from dialogue_conference order by opened_at desc, district_code""")
        .query(ConferenceMatters::row).list().stream()
        .filter(row -> districts == null || districts.contains(row.plan().districtCode())).toList();
    return held(rows);
  }

  /** The conference a matrix names by number (qualified with its district when needed) and optional year. */
  public Optional<Held> find(String documentNumber, Integer year) {
    int at = documentNumber.lastIndexOf(DISTRICT_SEPARATOR);
    String number = (at < 0 ? documentNumber : documentNumber.substring(0, at)).strip();
    String district = at < 0 ? null : documentNumber.substring(at + 1).strip();
    List<Row> rows = jdbc.sql("""
            select district_code, plan_year, plan_number, process_instance_id, petition_deadline, conference_date
            from dialogue_conference where plan_number = ? order by plan_year desc, district_code""")
        .params(number).query(ConferenceMatters::row).list().stream()
        .filter(row -> year == null || row.plan().year() == year)
        .filter(row -> district == null || row.plan().districtCode().equals(district)).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int newest = rows.get(0).plan().year();
    List<Row> ofYear = rows.stream().filter(row -> row.plan().year() == newest).toList();
    // A number two districts used that year names neither until its district is given.
    return ofYear.size() == 1 ? held(ofYear).stream().findFirst() : Optional.empty();
  }

  static CampaignSummary summary(Held held, String title) {
    return new CampaignSummary(held.documentNumber(), held.plan().year(), title, held.issuedOn(),
        held.petitionDeadline(), held.completed());
  }

  private record Row(PlanId plan, String instanceId, LocalDate petitionDeadline, LocalDate conferenceDate) {}

  private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Row(new PlanId(rs.getString("district_code"), rs.getInt("plan_year"), rs.getString("plan_number")),
        rs.getString("process_instance_id"), rs.getObject("petition_deadline", LocalDate.class),
        rs.getObject("conference_date", LocalDate.class));
  }

  private List<Held> held(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    String[] ids = rows.stream().map(Row::instanceId).toArray(String[]::new);
    Map<String, Boolean> ended = new HashMap<>();
    history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(ids)).list()
        .forEach(instance -> ended.put(instance.getId(), instance.getEndTime() != null));
    Map<String, LocalDate> issuedOn = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(ProcessVariable.names(Vars.ISSUED_ON)).disableCustomObjectDeserialization().list()
        .forEach(v -> issuedOn.put(v.getProcessInstanceId(), Vars.ISSUED_ON.parse(v.getValue())));
    Map<String, Long> sameNumber = new HashMap<>();
    rows.forEach(row -> sameNumber.merge(row.plan().year() + "/" + row.plan().planNumber(), 1L, Long::sum));
    List<Held> held = new ArrayList<>();
    for (Row row : rows) {
      boolean ambiguous = sameNumber.get(row.plan().year() + "/" + row.plan().planNumber()) > 1;
      held.add(new Held(row.plan(), row.instanceId(), row.petitionDeadline(), row.conferenceDate(),
          issuedOn.get(row.instanceId()), ended.getOrDefault(row.instanceId(), false),
          ambiguous ? row.plan().planNumber() + DISTRICT_SEPARATOR + row.plan().districtCode()
              : row.plan().planNumber()));
    }
    return held;
  }
}
