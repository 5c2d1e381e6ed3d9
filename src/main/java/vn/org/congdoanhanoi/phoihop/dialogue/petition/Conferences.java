package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * Tables {@code dialogue_conference} and {@code dialogue_conference_union}: which plans collect petitions and from
 * which unions. Channels find a plan here, never by asking the engine, so intake costs two indexed reads.
 */
@Repository
@RequiredArgsConstructor
public class Conferences {

  /** A plan that collects petitions: its running instance and its petition deadline. */
  public record Conference(PlanId plan, String processInstanceId, LocalDate petitionDeadline,
                           LocalDate conferenceDate) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final EngineClock clock;

  /**
   * Records the plan and its unions in the caller's (the engine's) transaction. A conference started again after its
   * cancellation (the plan's matter allows that) takes the row over with its new instance, dates and unions; the
   * petitions already received stay with the plan.
   */
  public void open(PlanId plan, String processInstanceId, LocalDate petitionDeadline, LocalDate conferenceDate,
                   Collection<String> unionCodes) {
    int updated = jdbc.sql("""
            update dialogue_conference set process_instance_id = ?, petition_deadline = ?, conference_date = ?,
                opened_at = ?
            where district_code = ? and plan_year = ? and plan_number = ?""")
        .params(processInstanceId, petitionDeadline, conferenceDate, now(), plan.districtCode(), plan.year(),
            plan.planNumber())
        .update();
    if (updated == 0) {
      jdbc.sql("""
              insert into dialogue_conference (district_code, plan_year, plan_number, process_instance_id,
                  petition_deadline, conference_date, opened_at) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(plan.districtCode(), plan.year(), plan.planNumber(), processInstanceId, petitionDeadline,
              conferenceDate, now())
          .update();
    }
    jdbc.sql("delete from dialogue_conference_union where district_code = ? and plan_year = ? and plan_number = ?")
        .params(plan.districtCode(), plan.year(), plan.planNumber()).update();
    // One JDBC batch, not a statement per union: this runs inside the start request, and a district has up to 2,000.
    batch.batchUpdate("""
            insert into dialogue_conference_union (district_code, plan_year, plan_number, union_code)
            values (?, ?, ?, ?)""",
        unionCodes.stream().map(union -> new Object[] {plan.districtCode(), plan.year(), plan.planNumber(), union})
            .toList());
  }

  /** The plan with this number, of this year, that reaches this union: how a union names the plan it answers. */
  public Optional<Conference> forUnion(String planNumber, int year, String unionCode) {
    return jdbc.sql("""
            select c.district_code, c.plan_year, c.plan_number, c.process_instance_id, c.petition_deadline,
                c.conference_date
            from dialogue_conference c join dialogue_conference_union u on u.district_code = c.district_code
                and u.plan_year = c.plan_year and u.plan_number = c.plan_number
            where u.union_code = ? and u.plan_year = ? and u.plan_number = ?""")
        .params(unionCode, year, planNumber.strip())
        .query((rs, row) -> new Conference(new PlanId(rs.getString("district_code"), rs.getInt("plan_year"),
            rs.getString("plan_number")), rs.getString("process_instance_id"),
            rs.getObject("petition_deadline", LocalDate.class), rs.getObject("conference_date", LocalDate.class)))
        .optional();
  }

  /** The plans with this number and year, of any district (each district numbers its own plans). */
  public List<PlanId> plans(String planNumber, int year) {
    return jdbc.sql("select district_code from dialogue_conference where plan_number = ? and plan_year = ? "
            + "order by district_code")
        .params(planNumber.strip(), year)
        .query((rs, row) -> new PlanId(rs.getString("district_code"), year, planNumber)).list();
  }

  /**
   * The plan's row, locked until the caller's transaction ends: two officials extending the plan's petition deadline
   * at once are taken one after the other, the second seeing the first's deadline.
   */
  public Optional<Conference> lock(PlanId plan) {
    return jdbc.sql("""
            select district_code, plan_year, plan_number, process_instance_id, petition_deadline, conference_date
            from dialogue_conference where district_code = ? and plan_year = ? and plan_number = ? for update""")
        .params(plan.districtCode(), plan.year(), plan.planNumber())
        .query((rs, row) -> new Conference(plan, rs.getString("process_instance_id"),
            rs.getObject("petition_deadline", LocalDate.class), rs.getObject("conference_date", LocalDate.class)))
        .optional();
  }

  /** The plan's petition deadline moved (for every union): the channels take petitions until the new one. */
  public void moveDeadline(PlanId plan, LocalDate petitionDeadline) {
    jdbc.sql("""
            update dialogue_conference set petition_deadline = ?
            where district_code = ? and plan_year = ? and plan_number = ?""")
        .params(petitionDeadline, plan.districtCode(), plan.year(), plan.planNumber()).update();
  }

  /** Whether the union is one the plan reaches. */
  public boolean reaches(PlanId plan, String unionCode) {
    return jdbc.sql("""
            select count(*) from dialogue_conference_union
            where district_code = ? and plan_year = ? and plan_number = ? and union_code = ?""")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), unionCode).query(Long.class).single() > 0;
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
