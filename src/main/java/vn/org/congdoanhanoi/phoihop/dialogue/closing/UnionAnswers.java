package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/**
 * The unions' petitions with their answers, as the answers mail and the union's page show them: each union's own
 * petitions in the plan's topic order, a merged one with the state and answer of the petition that answers it.
 * One query for a whole batch of unions, so a batch of a hundred mails costs one read.
 */
@Repository
@RequiredArgsConstructor
public class UnionAnswers {

  private final JdbcClient jdbc;

  /** The petitions of these unions of the plan, by union (in the order asked), each in the plan's topic order. */
  public Map<String, List<AnsweredPetition>> of(PlanId plan, Collection<String> unionCodes) {
    Map<String, List<AnsweredPetition>> byUnion = new LinkedHashMap<>();
    unionCodes.forEach(code -> byUnion.put(code, new ArrayList<>()));
    if (unionCodes.isEmpty()) {
      return byUnion;
    }
    List<Object> params = new ArrayList<>(List.of(plan.districtCode(), plan.year(), plan.planNumber()));
    params.addAll(unionCodes);
    jdbc.sql(SELECT + " where p.district_code = ? and p.plan_year = ? and p.plan_number = ? and p.union_code in ("
            + String.join(", ", unionCodes.stream().map(code -> "?").toList()) + ") order by p.union_code, "
            + topicOrder("p") + ", p.id")
        .params(params)
        .query(UnionAnswers::answered)
        .list()
        .forEach(petition -> byUnion.get(petition.unionCode()).add(petition));
    return byUnion;
  }

  /** One union's petitions. */
  public List<AnsweredPetition> of(PlanId plan, String unionCode) {
    return of(plan, List.of(unionCode)).get(unionCode);
  }

  static final String SELECT = """
      select p.id, p.union_code, p.topic, p.body, p.state, p.merged_into, p.department_code,
          coalesce(m.state, p.state) as answering_state, coalesce(m.answer, p.answer) as answer,
          coalesce(m.answered_at, p.answered_at) as answered_at
      from dialogue_petition p left join dialogue_petition m on m.id = p.merged_into""";

  /** The plan's topic order (its sections), through a CASE on the topic's code. */
  static String topicOrder(String alias) {
    StringBuilder order = new StringBuilder("case ").append(alias).append(".topic");
    for (PetitionTopic topic : PetitionTopic.values()) {
      order.append(" when '").append(topic.name()).append("' then ").append(topic.ordinal());
    }
    return order.append(" end").toString();
  }

  static AnsweredPetition answered(ResultSet rs, int row) throws SQLException {
    long merged = rs.getLong("merged_into");
    Long mergedInto = rs.wasNull() ? null : merged;
    Timestamp answeredAt = rs.getTimestamp("answered_at");
    return new AnsweredPetition(rs.getLong("id"), rs.getString("union_code"),
        PetitionTopic.valueOf(rs.getString("topic")), rs.getString("body"),
        PetitionState.valueOf(rs.getString("state")), mergedInto,
        PetitionState.valueOf(rs.getString("answering_state")), rs.getString("answer"),
        answeredAt == null ? null : answeredAt.toLocalDateTime(), rs.getString("department_code"));
  }
}
