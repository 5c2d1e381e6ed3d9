package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/** The figures of a plan's report, counted by the database in four grouped queries whatever the petitions' number. */
@Repository
@RequiredArgsConstructor
public class ConferenceFigures {

  /**
   * @param unions the unions the plan reaches
   * @param unionsThatSent those with at least one petition, by any channel
   * @param byTopicAndChannel petitions as they arrived (merged ones included), by topic and channel
   * @param byState petitions by their state now
   */
  public record Figures(long unions, long unionsThatSent, Map<PetitionTopic, Map<PetitionChannel, Long>> byTopicAndChannel,
                        Map<PetitionState, Long> byState) {

    public long petitions() {
      return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long inState(PetitionState state) {
      return byState.getOrDefault(state, 0L);
    }

    public long of(PetitionTopic topic, PetitionChannel channel) {
      return byTopicAndChannel.getOrDefault(topic, Map.of()).getOrDefault(channel, 0L);
    }

    public long of(PetitionTopic topic) {
      return byTopicAndChannel.getOrDefault(topic, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long of(PetitionChannel channel) {
      return byTopicAndChannel.values().stream().mapToLong(byChannel -> byChannel.getOrDefault(channel, 0L)).sum();
    }
  }

  private static final String PLAN = " where district_code = ? and plan_year = ? and plan_number = ?";

  private final JdbcClient jdbc;

  public Figures of(PlanId plan) {
    Object[] params = {plan.districtCode(), plan.year(), plan.planNumber()};
    long unions = jdbc.sql("select count(*) from dialogue_conference_union" + PLAN).params(params)
        .query(Long.class).single();
    long sent = jdbc.sql("select count(distinct union_code) from dialogue_petition" + PLAN).params(params)
        .query(Long.class).single();
    Map<PetitionTopic, Map<PetitionChannel, Long>> byTopic = new EnumMap<>(PetitionTopic.class);
    jdbc.sql("select topic, channel, count(*) as n from dialogue_petition" + PLAN + " group by topic, channel")
        .params(params)
        .query(rs -> {
          byTopic.computeIfAbsent(PetitionTopic.valueOf(rs.getString("topic")),
              t -> new EnumMap<>(PetitionChannel.class)).put(PetitionChannel.valueOf(rs.getString("channel")),
              rs.getLong("n"));
        });
    Map<PetitionState, Long> byState = new EnumMap<>(PetitionState.class);
    jdbc.sql("select state, count(*) as n from dialogue_petition" + PLAN + " group by state").params(params)
        .query(rs -> {
          byState.put(PetitionState.valueOf(rs.getString("state")), rs.getLong("n"));
        });
    return new Figures(unions, sent, byTopic, byState);
  }
}
