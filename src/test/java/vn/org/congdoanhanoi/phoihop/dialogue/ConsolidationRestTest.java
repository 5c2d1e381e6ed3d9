package vn.org.congdoanhanoi.phoihop.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.WebappSession;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ChangeKind;
import vn.org.congdoanhanoi.phoihop.dialogue.consolidation.ConsolidationFields;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.organization.Department;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationService;

/**
 * The federation consolidates a plan's petitions over REST on PostgreSQL: merge, split, edit, assign in bulk; each
 * attacked (another district, a union, the city, another site, stale versions, bad and foreign ids) and each leaving
 * nothing behind when refused; two officials at once decided by the row lock; every change in the trail.
 */
@PostgresIntegrationTest
class ConsolidationRestTest {

  static final String NUMBER = "9430/KH-LĐLĐ";
  /** A second plan of the same district: its petitions never mix with the first's. */
  static final String OTHER_NUMBER = "9431/KH-LĐLĐ";
  static final String BASE = DialogueDriver.PETITIONS + "/";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  GrassrootsUnions unions;

  @Autowired
  OrganizationDirectory organization;

  @Autowired
  OrganizationService organizationService;

  static List<String> gialam;

  @BeforeEach
  void twoConferencesCollectPetitions() {
    if (gialam != null) {
      DialogueDriver.clockAt("2023-05-03T14:00");
      return;
    }
    DialogueDriver.clockAt("2023-04-24T09:30");
    try {
      gialam = unions.of(DialogueDriver.DISTRICT).stream().map(GrassrootsUnions.Union::code).toList();
      DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, DialogueDriver.plan(NUMBER));
      DialogueDriver.start(engine, DialogueDriver.FEDERATION_USER, DialogueDriver.plan(OTHER_NUMBER));
    } finally {
      DialogueDriver.clockAt("2023-05-03T14:00");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void duplicatesAreMergedIntoThePetitionThatAnswersThemAndKeepAVisibleLink() {
    long kept = receive(DialogueDriver.UNION_USER_UNION, PetitionTopic.LIVING_JOBS_POLICY, "Đề nghị tăng lương tối thiểu");
    long duplicate = receive(gialam.get(1), PetitionTopic.LIVING_JOBS_POLICY, "Kiến nghị tăng lương tối thiểu vùng");
    long earlier = receive(gialam.get(2), PetitionTopic.OTHER, "Tăng lương tối thiểu");
    long later = receive(gialam.get(2), PetitionTopic.LIVING_JOBS_POLICY, "Tăng lương cơ sở");
    // earlier was merged into duplicate first: when duplicate is merged it follows, so its link names the answer.
    assertThat(change("merge", merge(seen(duplicate, 0), seen(earlier, 0))).status()).isEqualTo(200);

    RestCaller.Response merged = change("merge", merge(seen(kept, 0), seen(duplicate, 1), seen(later, 0)));

    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    JsonNode items = merged.json().get(ConsolidationFields.CHANGED);
    assertThat(items.findValuesAsText("id")).containsExactly(String.valueOf(kept), String.valueOf(duplicate),
        String.valueOf(later));
    for (long id : List.of(duplicate, later, earlier)) {
      JsonNode petition = petition(id);
      assertThat(petition.get("state").asText()).isEqualTo(PetitionState.MERGED.name());
      assertThat(petition.get("stateLabel").asText()).isEqualTo("Đã gộp");
      assertThat(petition.get("mergedInto").asLong()).isEqualTo(kept);
    }
    assertThat(petition(kept).get("state").asText()).isEqualTo(PetitionState.RECEIVED.name());
    assertThat(petition(kept).get("version").asInt()).isOne();
    // The union sees what became of its petition: who merged it, when, into which.
    JsonNode trail = RestCaller.demo(port, DialogueDriver.UNION_USER).get(changesOf(kept)).json();
    assertThat(trail.get(0).get("kind").asText()).isEqualTo(ChangeKind.MERGE.name());
    assertThat(trail.get(0).get("by").asText()).isEqualTo(DialogueDriver.FEDERATION_USER);
    assertThat(trail.get(0).get("at").asText()).startsWith("2023-05-03T14:00");
    assertThat(trail.get(0).get("detail").asText()).contains("số " + duplicate + ", " + later);
    JsonNode followed = RestCaller.demo(port, "vanphong").get(changesOf(earlier)).json();
    assertThat(followed).hasSize(2);
    assertThat(followed.get(1).get("detail").asText()).contains("nay kiến nghị số " + kept);
    // A merged petition is settled: merging it again, or into it, is refused.
    RestCaller.Response again = change("merge", merge(seen(later, 1), seen(kept, 1)));
    assertThat(again.status()).isEqualTo(400);
    assertThat(fields(again)).containsExactly(ConsolidationFields.INTO);
    assertThat(fields(change("merge", merge(seen(kept, 1), seen(kept, 1))))).containsExactly(ConsolidationFields.DUPLICATES);
  }

  @Test
  void mergingAcrossPlansIsRefusedAndNothingChanges() {
    long here = receive(gialam.get(0), PetitionTopic.OTHER, "Đề nghị mở thêm tuyến xe buýt");
    long there = receiveFor(OTHER_NUMBER, gialam.get(1), PetitionTopic.OTHER, "Đề nghị mở thêm tuyến xe buýt");
    RestCaller.Response across = change("merge", merge(seen(here, 0), seen(there, 0)));
    assertThat(across.status()).as(across.body()).isEqualTo(400);
    assertThat(across.json().get("errors").get(0).get("message").asText())
        .contains("Kiến nghị số " + there + " không thuộc kế hoạch số " + NUMBER);
    assertThat(petition(here).get("version").asInt()).isZero();
    // Another district's federation may not even name Gia Lâm's plan.
    RestCaller.Response otherDistrict = RestCaller.demo(port, "donganh.ldld").post(BASE + "merge", merge(seen(here, 0), seen(there, 0)));
    assertThat(otherDistrict.status()).isEqualTo(403);
    assertThat(otherDistrict.json().get("detail").asText()).contains("Chỉ LĐLĐ 'gialam'");
  }

  @Test
  void aPetitionIsSplitInTwoAndBothKeepTheTextAsItArrived() {
    String whole = "Đề nghị xây nhà trẻ cho con công nhân; đề nghị khám sức khỏe định kỳ hằng năm";
    long id = receive(gialam.get(0), PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH, whole);
    Map<String, Object> body = plan();
    body.putAll(seen(id, 0));
    body.put(ConsolidationFields.PARTS, List.of(Map.of(ConsolidationFields.TEXT, "Đề nghị xây nhà trẻ"),
        Map.of(ConsolidationFields.TEXT, "Đề nghị khám sức khỏe định kỳ", ConsolidationFields.TOPIC,
            PetitionTopic.LIVING_JOBS_POLICY.name())));

    RestCaller.Response split = change("split", body);

    assertThat(split.status()).as(split.body()).isEqualTo(200);
    JsonNode items = split.json().get(ConsolidationFields.CHANGED);
    JsonNode first = items.get(0);
    JsonNode second = items.get(1);
    assertThat(first.get("text").asText()).isEqualTo("Đề nghị xây nhà trẻ");
    assertThat(first.get("topic").asText()).isEqualTo(PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name());
    assertThat(first.get("originalText").asText()).isEqualTo(whole);
    assertThat(second.get("splitFrom").asLong()).isEqualTo(id);
    assertThat(second.get("unionCode").asText()).isEqualTo(gialam.get(0));
    assertThat(second.get("topic").asText()).isEqualTo(PetitionTopic.LIVING_JOBS_POLICY.name());
    assertThat(second.get("originalText").asText()).isEqualTo(whole);
    assertThat(second.get("receivedAt").asText()).isEqualTo(first.get("receivedAt").asText());
    assertThat(trail(id).get(0).get("detail").asText()).contains("kiến nghị số " + second.get("id").asLong());
    assertThat(trail(second.get("id").asLong()).get(0).get("detail").asText()).contains("Tách từ kiến nghị số " + id);
    long total = total();
    // Splitting again with the version seen before is stale; one part only is a field error.
    assertThat(change("split", body).status()).isEqualTo(409);
    body.putAll(seen(id, 1));
    body.put(ConsolidationFields.PARTS, List.of(Map.of(ConsolidationFields.TEXT, "Một phần")));
    RestCaller.Response onePart = change("split", body);
    assertThat(onePart.status()).isEqualTo(400);
    assertThat(fields(onePart)).containsExactly(ConsolidationFields.PARTS);
    body.put(ConsolidationFields.PARTS, List.of(Map.of(), Map.of(ConsolidationFields.TEXT, "x".repeat(4001))));
    RestCaller.Response badParts = change("split", body);
    assertThat(badParts.json().get("errors").findValuesAsText("message")).anySatisfy(m -> assertThat(m)
        .startsWith("Phần 1: Thiếu nội dung")).anySatisfy(m -> assertThat(m).startsWith("Phần 2:"));
    assertThat(total()).isEqualTo(total);
  }

  @Test
  void anEditKeepsTheTextAsItArrivedThroughEveryEdit() {
    long id = receive(gialam.get(1), PetitionTopic.OTHER, "De nghi ho tro nha o xa hoi");
    assertThat(change("edit", edit(id, 0, "Đề nghị hỗ trợ nhà ở xã hội", null)).status()).isEqualTo(200);
    RestCaller.Response second = change("edit", edit(id, 1, "Đề nghị hỗ trợ công nhân thuê nhà ở xã hội",
        PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name()));
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    JsonNode petition = second.json().get(ConsolidationFields.CHANGED).get(0);
    assertThat(petition.get("text").asText()).isEqualTo("Đề nghị hỗ trợ công nhân thuê nhà ở xã hội");
    assertThat(petition.get("originalText").asText()).isEqualTo("De nghi ho tro nha o xa hoi");
    assertThat(petition.get("topic").asText()).isEqualTo(PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH.name());
    assertThat(petition.get("version").asInt()).isEqualTo(2);
    JsonNode trail = trail(id);
    assertThat(trail).hasSize(2);
    assertThat(trail.get(1).get("detail").asText()).contains("«Đề nghị hỗ trợ nhà ở xã hội»")
        .contains("nhóm nội dung trước: Ý kiến, kiến nghị khác");

    RestCaller.Response stale = change("edit", edit(id, 1, "Ghi đè", null));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("detail").asText()).contains("bạn đã xem phiên bản 1, nay là phiên bản 2");
    RestCaller.Response bad = change("edit", Map.of(ConsolidationFields.ID, "mot", ConsolidationFields.TOPIC, "NHA"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains(DialogueConference.Vars.PLAN_NUMBER.name());
    Map<String, Object> badFields = edit(id, -1, "x".repeat(4001), "NHA");
    RestCaller.Response refused = change("edit", badFields);
    assertThat(fields(refused)).containsExactlyInAnyOrder(ConsolidationFields.ID, ConsolidationFields.TOPIC,
        ConsolidationFields.TEXT);
    assertThat(fields(change("edit", edit(999_999_999L, 0, "Không có", null)))).containsExactly(ConsolidationFields.ID);
    assertThat(petition(id).get("version").asInt()).isEqualTo(2);
  }

  @Test
  void petitionsAreAssignedInBulkToTheirTopicsDefaultDepartmentsOrToTheChosenOne() {
    long living = receive(gialam.get(0), PetitionTopic.LIVING_JOBS_POLICY, "Đề nghị hỗ trợ người lao động mất việc");
    long housing = receive(gialam.get(1), PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY, "Chậm chốt sổ BHXH");
    RestCaller.Response assigned = change("assign", assign(null, seen(living, 0), seen(housing, 0)));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    for (JsonNode petition : assigned.json().get(ConsolidationFields.CHANGED)) {
      assertThat(petition.get("state").asText()).isEqualTo(PetitionState.ASSIGNED.name());
      assertThat(petition.get(ConsolidationFields.DEPARTMENT).asText()).isEqualTo(organization.defaultDepartment(
          DialogueDriver.DISTRICT, petition.get("topic").asText()).map(Department::code).orElseThrow());
    }
    String chosen = organization.departments(DialogueDriver.DISTRICT).get(0).code();
    RestCaller.Response moved = change("assign", assign(chosen, seen(living, 1), seen(housing, 1)));
    assertThat(moved.json().get(ConsolidationFields.CHANGED).findValuesAsText(ConsolidationFields.DEPARTMENT)).containsOnly(chosen);
    assertThat(trail(housing).get(1).get("detail").asText()).contains("(" + chosen + ")");
  }

  @Test
  void aBulkAssignmentIsAllOrNothing() {
    long first = receive(gialam.get(0), PetitionTopic.SKILLED_WORKERS, "Khen thưởng thợ giỏi");
    long second = receive(gialam.get(1), PetitionTopic.SKILLED_WORKERS, "Thi tay nghề cấp huyện");
    long merged = receive(gialam.get(2), PetitionTopic.SKILLED_WORKERS, "Khen thưởng công nhân giỏi");
    assertThat(change("merge", merge(seen(first, 0), seen(merged, 0))).status()).isEqualTo(200);

    // The second was changed by someone else meanwhile: the first is not assigned either.
    assertThat(change("edit", edit(second, 0, "Tổ chức thi tay nghề cấp huyện", null)).status()).isEqualTo(200);
    RestCaller.Response stale = change("assign", assign(null, seen(first, 1), seen(second, 0)));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("detail").asText()).contains("Kiến nghị số " + second);
    // A merged petition is answered by the one it was merged into: assigning it is a field error.
    RestCaller.Response withMerged = change("assign", assign(null, seen(first, 1), seen(merged, 1)));
    assertThat(withMerged.status()).isEqualTo(400);
    assertThat(withMerged.json().get("errors").get(0).get("message").asText()).contains("'Đã gộp'");
    RestCaller.Response unknown = change("assign", assign("khong-co-phong", seen(first, 1)));
    assertThat(fields(unknown)).containsExactly(ConsolidationFields.DEPARTMENT);
    RestCaller.Response repeated = change("assign", assign(null, seen(first, 1), seen(first, 1)));
    assertThat(fields(repeated)).containsExactly(ConsolidationFields.SELECTED);
    assertThat(fields(change("assign", assign(null)))).containsExactly(ConsolidationFields.SELECTED);
    assertThat(petition(first).get("state").asText()).isEqualTo(PetitionState.RECEIVED.name());
    assertThat(petition(first).hasNonNull(ConsolidationFields.DEPARTMENT)).isFalse();
    assertThat(trail(first)).hasSize(1);
  }

  @Test
  void aDepartmentOfAnotherDistrictIsRefused() throws IOException {
    String shipped = new ClassPathResource("organization/organization.yaml").getContentAsString(StandardCharsets.UTF_8);
    String hoaiduc = """
            email: hoaiduc@congdoanhanoi.org.vn
            example: true
        """;
    assertThat(shipped).contains(hoaiduc);
    organizationService.importFile(shipped.replace(hoaiduc, hoaiduc + """
            departments:
              - code: hd-ldtbxh
                name: Phòng Lao động – Thương binh và Xã hội huyện Hoài Đức
                email: ldtbxh@hoaiduc.example
                topics: [LIVING_JOBS_POLICY]
                example: true
        """));
    try {
      assertThat(organization.department("hd-ldtbxh")).isPresent();
      long id = receive(gialam.get(0), PetitionTopic.LIVING_JOBS_POLICY, "Đề nghị hỗ trợ đào tạo nghề");
      RestCaller.Response refused = change("assign", assign("hd-ldtbxh", seen(id, 0)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("message").asText())
          .contains("không phải phòng, ban của quận, huyện gialam");
      assertThat(petition(id).get("version").asInt()).isZero();
    } finally {
      organizationService.importFile(shipped);
    }
  }

  @Test
  void onlyTheDistrictFederationChangesAndNeverFromAnotherSite() {
    long id = receive(gialam.get(0), PetitionTopic.OTHER, "Đề nghị lắp đèn đường khu nhà trọ");
    Map<String, Object> body = edit(id, 0, "Sửa trái phép", null);
    for (String user : List.of("donganh.ldld", DialogueDriver.UNION_USER, "vanphong")) {
      RestCaller.Response refused = RestCaller.demo(port, user).post(BASE + "edit", body);
      assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(403);
    }
    RestCaller.Response forged = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(BASE + "edit", body,
        Map.of("Origin", "https://ke-gia-mao.example"));
    assertThat(forged.status()).isEqualTo(403);
    Map<String, Object> unknownPlan = edit(id, 0, "Kế hoạch không có", null);
    DialogueConference.Vars.PLAN_NUMBER.putInto(unknownPlan, "9439/KH-LĐLĐ");
    assertThat(change("edit", unknownPlan).status()).isEqualTo(404);
    assertThat(petition(id).get("version").asInt()).isZero();
    // Another district's federation and other unions' people do not read the trail either.
    assertThat(RestCaller.demo(port, "donganh.ldld").get(changesOf(id)).status()).isEqualTo(404);
    assertThat(RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(changesOf(id).replace(id + "/", "mot/"))
        .status()).isEqualTo(404);
    RestCaller.Response notAnObject = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(BASE + "edit",
        List.of(id));
    assertThat(notAnObject.status()).as(notAnObject.body()).isEqualTo(400);
  }

  @Test
  void twoOfficialsChangingOnePetitionAtOnceOneWinsTheOtherIsAConflict() throws Exception {
    long id = receive(gialam.get(1), PetitionTopic.OTHER, "Đề nghị tổ chức giải bóng đá công nhân");
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService officials = Executors.newFixedThreadPool(2);
    List<CompletableFuture<RestCaller.Response>> edits = new ArrayList<>();
    for (String text : List.of("Đề nghị tổ chức giải bóng đá", "Đề nghị tổ chức hội thao công nhân")) {
      edits.add(CompletableFuture.supplyAsync(() -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return change("edit", edit(id, 0, text, null));
      }, officials));
    }
    List<Integer> statuses = edits.stream().map(CompletableFuture::join).map(RestCaller.Response::status).toList();
    officials.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(petition(id).get("version").asInt()).isOne();
    assertThat(trail(id)).hasSize(1);
  }

  // --- requests

  long receive(String union, PetitionTopic topic, String text) {
    return receiveFor(NUMBER, union, topic, text);
  }

  long receiveFor(String number, String union, PetitionTopic topic, String text) {
    RestCaller.Response response = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .post(DialogueDriver.PETITIONS, DialogueDriver.petition(number, union, topic.name(), text));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  RestCaller.Response change(String operation, Map<String, Object> body) {
    return RestCaller.demo(port, DialogueDriver.FEDERATION_USER).post(BASE + operation, body);
  }

  /** The plan's fields and one petition as seen: {@code {"id", "version"}}. */
  static Map<String, Object> seen(long id, int version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(ConsolidationFields.ID, id);
    body.put(ConsolidationFields.VERSION, version);
    return body;
  }

  static Map<String, Object> plan() {
    Map<String, Object> body = new LinkedHashMap<>();
    DialogueConference.Vars.PLAN_NUMBER.putInto(body, NUMBER);
    body.put(DialogueConference.Vars.ISSUED_ON.name(), DialogueDriver.ISSUED_ON);
    DialogueConference.Vars.UNIT_CODE.putInto(body, DialogueDriver.DISTRICT);
    return body;
  }

  /**
   * The consolidation page in Tasklist calls these endpoints with the official's webapp session: answered for that
   * official only with the session's CSRF token, which no other site can send; without it the session is nobody.
   */
  @Test
  void aTasklistSessionChangesPetitionsOnlyWithItsPagesToken() throws Exception {
    long id = receive(gialam.get(3), PetitionTopic.OTHER, "Đề nghị bố trí điểm trông giữ xe cho công nhân");
    WebappSession tasklist = WebappSession.login(port, DialogueDriver.FEDERATION_USER, RestCaller.DEMO_PASSWORD);
    String body = new ObjectMapper().writeValueAsString(assign(null, seen(id, 0)));
    assertThat(tasklist.postWithoutToken(BASE + "assign", body).status()).isEqualTo(401);
    assertThat(petition(id).get("state").asText()).isEqualTo(PetitionState.RECEIVED.name());
    RestCaller.Response assigned = tasklist.post(BASE + "assign", body);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(petition(id).get("state").asText()).isEqualTo(PetitionState.ASSIGNED.name());
  }

  @SafeVarargs
  static Map<String, Object> merge(Map<String, Object> into, Map<String, Object>... duplicates) {
    Map<String, Object> body = plan();
    body.put(ConsolidationFields.INTO, into);
    body.put(ConsolidationFields.DUPLICATES, List.of(duplicates));
    return body;
  }

  static Map<String, Object> edit(long id, int version, String text, String topic) {
    Map<String, Object> body = plan();
    body.putAll(seen(id, version));
    body.put(ConsolidationFields.TEXT, text);
    if (topic != null) {
      body.put(ConsolidationFields.TOPIC, topic);
    }
    return body;
  }

  @SafeVarargs
  static Map<String, Object> assign(String department, Map<String, Object>... items) {
    Map<String, Object> body = plan();
    body.put(ConsolidationFields.SELECTED, List.of(items));
    if (department != null) {
      body.put(ConsolidationFields.DEPARTMENT, department);
    }
    return body;
  }

  // --- reads

  JsonNode petition(long id) {
    JsonNode page = RestCaller.demo(port, DialogueDriver.FEDERATION_USER)
        .get(DialogueDriver.petitionsOf(NUMBER, "size=200")).json();
    // the page's items are the nodes with an id
    for (JsonNode item : page.findParents("id")) {
      if (item.get("id").asLong() == id) {
        return item;
      }
    }
    throw new AssertionError("Kiến nghị số " + id + " không có trong danh sách");
  }

  long total() {
    return RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(DialogueDriver.petitionsOf(NUMBER, "")).json()
        .get("total").asLong();
  }

  String changesOf(long id) {
    return DialogueDriver.petitionsOf(NUMBER, "").replace(DialogueDriver.PETITIONS + "?", BASE + id + "/changes?");
  }

  JsonNode trail(long id) {
    RestCaller.Response response = RestCaller.demo(port, DialogueDriver.FEDERATION_USER).get(changesOf(id));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  static List<String> fields(RestCaller.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").findValuesAsText("field");
  }
}
