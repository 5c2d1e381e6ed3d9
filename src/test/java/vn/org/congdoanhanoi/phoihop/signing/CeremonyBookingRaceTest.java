package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.ApplicationNode;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.meeting.Meeting;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.Ceremonies;
import vn.org.congdoanhanoi.phoihop.signing.ceremony.CeremonyKind;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Units book their own ceremonies at the same moment, over REST, on one node and on two nodes of one PostgreSQL
 * database. The city chairman attends every ceremony of every campaign, so of two clashing requests exactly one is
 * booked and the other is refused with the reason; units naming the same start and venue all sign at one ceremony.
 *
 * <p>Runs before the shared application context ({@code StandaloneContextsFirst}), and cancels its ceremonies and
 * campaigns at the end so that the chairman's diary is free again for the tests that follow.
 */
class CeremonyBookingRaceTest {

  static final List<String> UNITS = List.of("badinh", "hoankiem", "tayho", "longbien", "caugiay", "dongda",
      "haibatrung", "hoangmai", "thanhxuan", "namtuliem", "bactuliem", "hadong", "sontay", "bavi", "chuongmy",
      "danphuong", "donganh");
  /** Start times 90 minutes apart: neighbours never clash (one hour of ceremony and half an hour between). */
  static final List<String> TIMES = List.of("07:00", "08:30", "10:00", "11:30", "13:00", "14:30", "16:00");

  static ApplicationNode nodeA;
  static ApplicationNode nodeB;
  static final List<String> CAMPAIGNS = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() {
    nodeA = ApplicationNode.start("bookingsNodeA", true);
    nodeB = ApplicationNode.start("bookingsNodeB", false);
  }

  @AfterAll
  static void freeTheDiaryAndStop() {
    try {
      if (nodeA != null) {
        for (String number : CAMPAIGNS) {
          nodeA.bean(JdbcClient.class)
              .sql("update signing_ceremony set status = 'CANCELLED' where document_number = ?").param(number).update();
          // Their due ceremony-day timers would otherwise run in later tests that start the job executor.
          nodeA.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SigningCampaign.KEY)
              .processInstanceBusinessKey(number).list()
              .forEach(p -> nodeA.engine().getRuntimeService().deleteProcessInstance(p.getId(), "test finished"));
        }
      }
    } finally {
      if (nodeB != null) {
        nodeB.close();
      }
      if (nodeA != null) {
        nodeA.close();
      }
    }
  }

  @Test
  void seventeenUnitsInEightClashingPairsOnOneNodeBookExactlyOneOfEachPair() throws Exception {
    burst("9841/LĐLĐ", List.of("2022-06-27", "2022-06-28"), List.of(nodeA));
  }

  @Test
  void seventeenUnitsInEightClashingPairsOnTwoNodesBookExactlyOneOfEachPair() throws Exception {
    burst("9602/LĐLĐ", List.of("2022-06-29", "2022-06-30"), List.of(nodeA, nodeB));
  }

  @Test
  void fourUnitsJoiningOneCeremonyAtOnceOnTwoNodesAllSignThereAndOneLeavingCancelsNothing() throws Exception {
    String number = "9603/LĐLĐ";
    List<String> units = UNITS.subList(0, 4);
    SigningDriver d = readyToSchedule(number, units);
    Map<String, String> slot = schedule("2022-06-23", "09:00", "Hội trường Liên đoàn Lao động Thành phố");
    List<RestCaller.Response> answers = atOnce(units, unit -> complete(node(units.indexOf(unit), List.of(nodeA, nodeB)),
        d, unit, slot));
    assertThat(answers).as("every unit joins").allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(204));

    Ceremonies registry = nodeA.bean(Ceremonies.class);
    assertThat(registry.scheduled(new CampaignId(number, 2022))).singleElement().satisfies(ceremony -> {
      assertThat(ceremony.kind()).isEqualTo(CeremonyKind.CITY.name());
      assertThat(registry.units(ceremony.id())).containsExactlyInAnyOrderElementsOf(units);
      new TransactionTemplate(nodeA.bean(org.springframework.transaction.PlatformTransactionManager.class))
          .executeWithoutResult(tx -> registry.leave(ceremony.id(), units.get(0)));
      assertThat(nodeA.bean(MeetingDiary.class).find(ceremony.id()).orElseThrow().status())
          .isEqualTo(Meeting.Status.SCHEDULED);
      assertThat(registry.units(ceremony.id())).containsExactlyInAnyOrderElementsOf(units.subList(1, 4));
    });
  }

  @Test
  void theChairmansDiaryIsOneForEveryCampaign() {
    String first = "9604/LĐLĐ";
    String second = "9605/LĐLĐ";
    SigningDriver one = readyToSchedule(first, List.of("sontay"));
    SigningDriver two = readyToSchedule(second, List.of("bavi"));
    one.complete("sontay.ldld", one.unit("sontay"), UnitSigning.Elements.SCHEDULE_LOCAL,
        Map.copyOf(schedule("2022-06-22", "16:00", "Hội trường Thị ủy Sơn Tây")));
    for (String time : List.of("16:30", "16:00")) {
      // Even the same hall at the same hour is a clash: another campaign's regulation is another ceremony.
      assertThatThrownBy(() -> two.complete("bavi.ldld", two.unit("bavi"), UnitSigning.Elements.SCHEDULE_LOCAL,
          Map.copyOf(schedule("2022-06-22", time, "Hội trường Thị ủy Sơn Tây"))))
          .hasMessageContaining("Trùng lịch").hasMessageContaining("văn bản số " + first + " năm 2022");
    }
    assertThat(nodeA.bean(Ceremonies.class).scheduled(new CampaignId(second, 2022))).isEmpty();
  }

  /**
   * The burst: unit 2k and 2k+1 ask for the same start at different venues (a clash), the seventeenth alone; the
   * requests go to the nodes in turn and are released together.
   */
  private void burst(String number, List<String> days, List<ApplicationNode> nodes) throws Exception {
    SigningDriver d = readyToSchedule(number, UNITS);
    List<String> slots = new ArrayList<>();
    for (String day : days) {
      TIMES.forEach(time -> slots.add(day + "T" + time));
    }
    List<RestCaller.Response> answers = atOnce(UNITS, unit -> {
      int i = UNITS.indexOf(unit);
      String slot = slots.get(i / 2);
      return complete(node(i, nodes), d, unit,
          schedule(slot.substring(0, 10), slot.substring(11), "Hội trường " + unit));
    });

    Ceremonies registry = nodeA.bean(Ceremonies.class);
    List<Meeting> booked = registry.scheduled(new CampaignId(number, 2022));
    assertThat(booked).as("8 pairs and the single unit: 9 ceremonies").hasSize(9);
    for (int pair = 0; pair < 8; pair++) {
      List<String> both = UNITS.subList(2 * pair, 2 * pair + 2);
      List<RestCaller.Response> pairAnswers = List.of(answers.get(2 * pair), answers.get(2 * pair + 1));
      assertThat(pairAnswers).as("pair %s: %s", both, pairAnswers)
          .filteredOn(r -> r.status() == 204).hasSize(1);
      RestCaller.Response refused = pairAnswers.stream().filter(r -> r.status() != 204).findFirst().orElseThrow();
      assertRefusedWithReason(refused);
      String loser = both.get(pairAnswers.indexOf(refused));
      // Nothing of the refused booking stays: its unit still has its scheduling task and no ceremony.
      assertThat(d.task(d.unit(loser), UnitSigning.Elements.SCHEDULE_LOCAL)).isNotNull();
      assertThat(nodeA.engine().getRuntimeService().getVariable(d.unit(loser).getId(),
          UnitSigning.Vars.CEREMONY_ID.name()))
          .isNull();
      assertThat(booked).as("pair %s", both)
          .filteredOn(c -> both.contains(c.hostUnitCode())).hasSize(1);
    }
    assertThat(answers.get(16).status()).as(answers.get(16).body()).isEqualTo(204);
  }

  /** A refused booking is a bad value (400), refused inside the engine's transaction, and names the clash. */
  private static void assertRefusedWithReason(RestCaller.Response refused) {
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Trùng lịch", "Chủ tịch LĐLĐ Thành phố dự mọi lễ ký kết");
  }

  private SigningDriver readyToSchedule(String number, List<String> units) {
    CAMPAIGNS.add(number);
    ProcessEngine engine = nodeA.engine();
    SigningDriver d = SigningDriver.start(engine, SigningDriver.campaign(number, units));
    ProcessInstance campaign = d.campaign();
    d.executeJobs(campaign.getId());
    for (String unit : units) {
      d.propose(unit, "LOCALITY");
      d.complete(unit + ".capuy", d.unit(unit), UnitSigning.Elements.COMMITTEE_OPINION,
          Map.of(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE"));
    }
    d.executeJobs(campaign.getId());
    return d;
  }

  private static Map<String, String> schedule(String date, String time, String venue) {
    return Map.of(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name(), "SCHEDULE", UnitSigning.Vars.CEREMONY_DATE.name(),
        date,
        UnitSigning.Vars.CEREMONY_TIME.name(), time, UnitSigning.Vars.CEREMONY_VENUE.name(), venue);
  }

  private static ApplicationNode node(int index, List<ApplicationNode> nodes) {
    return nodes.get(index % nodes.size());
  }

  private static RestCaller.Response complete(ApplicationNode node, SigningDriver d, String unit,
                                              Map<String, String> values) {
    String taskId = d.task(d.unit(unit), UnitSigning.Elements.SCHEDULE_LOCAL).getId();
    return node.demo(unit + ".ldld").post(node.restRoot() + "/task/" + taskId + "/complete",
        Map.of("variables", SigningDriver.restVariables(values)));
  }

  private interface Request {
    RestCaller.Response send(String unit) throws Exception;
  }

  /** One thread per unit, released together; the answers in the order of the units. */
  private static List<RestCaller.Response> atOnce(List<String> units, Request request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(units.size());
    CountDownLatch ready = new CountDownLatch(units.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<RestCaller.Response>> futures = new ArrayList<>();
      for (String unit : units) {
        Callable<RestCaller.Response> call = () -> {
          ready.countDown();
          go.await();
          return request.send(unit);
        };
        futures.add(pool.submit(call));
      }
      ready.await();
      go.countDown();
      List<RestCaller.Response> answers = new ArrayList<>();
      for (Future<RestCaller.Response> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
