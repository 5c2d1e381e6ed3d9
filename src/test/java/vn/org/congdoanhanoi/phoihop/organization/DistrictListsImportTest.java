package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.SqlStatementCounter;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.access.ReportScope;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetLimits;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetReader;
import vn.org.congdoanhanoi.phoihop.notification.Recipients;

/**
 * A district replaces its grassroots unions and departments from a spreadsheet, on PostgreSQL over HTTP: the whole
 * list or nothing, by the district's own federation only, then identity synchronised. Each test leaves the shipped
 * organisation behind.
 */
@PostgresIntegrationTest
class DistrictListsImportTest {

  private static final Logger LOG = LoggerFactory.getLogger(DistrictListsImportTest.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String UNIONS = "/api/organization/districts/gialam/grassroots-unions";
  private static final String DEPARTMENTS = "/api/organization/districts/gialam/departments";

  @LocalServerPort
  int port;

  @Autowired
  OrganizationService organizationService;

  @Autowired
  OrganizationDirectory directory;

  @Autowired
  IdentityService identityService;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Recipients recipients;

  @Autowired
  DataSource dataSource;

  @AfterEach
  void shippedOrganisation() throws IOException {
    organizationService.importFile(OrganizationFileParserTest.shippedFile());
  }

  @Test
  void theDistrictFederationReplacesItsUnionsFromAnXlsxAndTheLookupsAnswerAtOnce() throws IOException {
    byte[] file = xlsx(List.of(
        List.of("Mã", "Tên", "Hộp thư", "Ngành/khối"),
        List.of("gl-dienluc", "Công đoàn Điện lực Gia Lâm", "CongDoan@DienLucGiaLam.example", "Doanh nghiệp nhà nước"),
        List.of("gl-vinhphat", "Công đoàn Công ty TNHH Vĩnh Phát", "congdoan@vinhphat.example", "Ngoài nhà nước"),
        List.of("gl-kimson", "Công đoàn cơ sở xã Kim Sơn", "congdoan@kimson.example", "")));

    Answer answer = put("gialam.ldld", UNIONS, "danh-sach-cdcs.xlsx", XLSX, file);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("grassrootsUnions").asInt()).isEqualTo(3);
    assertThat(answer.json().get("message").asText()).isEqualTo(
        "Đã nhập 3 công đoàn cơ sở của Liên đoàn Lao động huyện Gia Lâm.");
    assertThat(directory.grassrootsUnions("gialam")).extracting(GrassrootsUnion::code)
        .containsExactly("gl-dienluc", "gl-vinhphat", "gl-kimson");
    assertThat(directory.grassrootsUnit("gl-mayphuthi")).isEmpty();
    assertThat(directory.grassrootsUnitByMailbox("\"Điện lực\" <congdoan@dienlucgialam.EXAMPLE>"))
        .hasValueSatisfying(u -> assertThat(u.code()).isEqualTo("gl-dienluc"));
    assertThat(directory.grassrootsUnit("gl-kimson")).hasValueSatisfying(u -> assertThat(u.sector()).isNull());
    JsonNode listed = RestCaller.demo(port, "gialam.capuy").get(UNIONS).json();
    assertThat(listed.findValuesAsText("code")).containsExactly("gl-dienluc", "gl-vinhphat", "gl-kimson");
    // The demo account of gl-dienluc is still that union's, and its group exists; unions without people get none.
    assertThat(membersOf(Groups.grassrootsUnion("gl-dienluc"))).containsExactly("gialam.cdcs");
    assertThat(identityService.createGroupQuery().groupId(Groups.grassrootsUnion("gl-vinhphat")).count()).isZero();
    // The departments are untouched.
    assertThat(directory.defaultDepartment("gialam", "LIVING_JOBS_POLICY"))
        .hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("gl-ldtbxh"));
  }

  @Test
  void anAdministratorReplacesTheDepartmentsFromAUtf8CsvWithTheirDefaultTopics() {
    String csv = "\uFEFFMã;Tên;Hộp thư;Chủ đề;Văn phòng HĐND và UBND\r\n"
        + "gl-ldtbxh;Phòng Lao động – Thương binh và Xã hội;ldtbxh@gialam.example;LIVING_JOBS_POLICY, SKILLED_WORKERS;\r\n"
        + "gl-bhxh;Bảo hiểm xã hội huyện Gia Lâm;;ADMIN_INSURANCE_EDUCATION_SECURITY;\r\n"
        + "gl-ubnd;Văn phòng HĐND và UBND huyện;vanphong@gialam.example;\"INFRASTRUCTURE_HOUSING_HEALTH; OTHER\";x\r\n";

    Answer answer = put(RestCaller.ADMIN, DEPARTMENTS, "phong-ban.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(directory.departments("gialam")).extracting(Department::code, Department::email, Department::topics)
        .containsExactly(
            tuple("gl-ldtbxh", "ldtbxh@gialam.example", List.of("LIVING_JOBS_POLICY", "SKILLED_WORKERS")),
            tuple("gl-bhxh", null, List.of("ADMIN_INSURANCE_EDUCATION_SECURITY")),
            tuple("gl-ubnd", "vanphong@gialam.example", List.of("INFRASTRUCTURE_HOUSING_HEALTH", "OTHER")));
    assertThat(directory.defaultDepartment("gialam", "SKILLED_WORKERS").map(Department::code)).contains("gl-ldtbxh");
    assertThat(directory.defaultDepartment("gialam", "OTHER").map(Department::code)).contains("gl-ubnd");
    assertThat(directory.chairmansOffice("gialam").map(Department::code)).as("the column marks it").contains("gl-ubnd");
    assertThat(directory.department("gl-qldt")).isEmpty();
    assertThat(membersOf(Groups.department("gl-ldtbxh"))).containsExactly("gialam.ldtbxh");
  }

  @Test
  void aBadSpreadsheetIsRefusedWithEveryProblemByLineAndColumnAndNothingChanges() throws IOException {
    List<Object> before = snapshot();
    byte[] file = xlsx(List.of(
        List.of("Tên", "Mã", "Hộp thư"),
        List.of("Công đoàn A", "gl-a", "a@cdcs.example"),
        List.of("", "hoankiem", "b@cdcs.example"),
        List.of("Công đoàn C", "GL C", "khong-phai-thu"),
        List.of("Công đoàn D", "gl-a", "A@CDCS.example")));

    Answer answer = put("gialam.ldld", UNIONS, "sai.xlsx", XLSX, file);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    JsonNode errors = answer.json().get("errors");
    assertThat(errors).extracting(e -> e.get("line").asInt(), e -> e.get("column").asText(), e -> e.get("field").asText())
        .containsExactly(
            tuple(3, "A", "Tên"), tuple(3, "B", "Mã"),
            tuple(4, "B", "Mã"), tuple(4, "C", "Hộp thư"),
            tuple(5, "B", "Mã"), tuple(5, "C", "Hộp thư"));
    assertThat(errors.get(1).get("message").asText()).contains("mã 'hoankiem' đã dùng cho đơn vị 'hoankiem'");
    assertThat(errors.get(4).get("message").asText()).contains("công đoàn cơ sở ở dòng 2");
    assertThat(answer.json().get("detail").asText()).contains("không có dữ liệu nào được nhập");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anotherDistrictsFederationAUnionAndACrossSiteFormAreRefusedAndNothingChanges() {
    List<Object> before = snapshot();
    byte[] csv = "Mã,Tên,Hộp thư\ngl-x,Công đoàn X,x@cdcs.example\n".getBytes(StandardCharsets.UTF_8);

    Answer otherDistrict = put("hoankiem.ldld", UNIONS, "ds.csv", "text/csv", csv);
    assertThat(otherDistrict.status()).isEqualTo(403);
    assertThat(otherDistrict.json().get("detail").asText()).contains("Liên đoàn Lao động huyện Gia Lâm");
    assertThat(put("gialam.cdcs", UNIONS, "ds.csv", "text/csv", csv).status()).isEqualTo(403);
    assertThat(put("vanphong", DEPARTMENTS, "ds.csv", "text/csv", csv).status()).isEqualTo(403);
    assertThat(send("gialam.ldld", UNIONS, "ds.csv", "text/csv", csv,
        Map.of("Origin", "https://trang-doc-hai.example", "Sec-Fetch-Site", "cross-site")).status()).isEqualTo(403);
    assertThat(put("gialam.ldld", "/api/organization/districts/khongco/grassroots-unions", "ds.csv", "text/csv", csv)
        .status()).isEqualTo(404);
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get(UNIONS).status()).isEqualTo(403);
    byte[] tooLarge = new byte[(int) SheetLimits.DEFAULT.maxBytes() + 512 * 1024];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    Answer large = put("gialam.ldld", UNIONS, "lon.csv", "text/csv", tooLarge);
    assertThat(large.status()).as(large.body()).isEqualTo(400);
    assertThat(large.json().get("errors").get(0).get("message").asText()).isEqualTo("tệp lớn quá 10 MB");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void thePeopleOfAUnionAndADepartmentGetTheirGroupsSeeTheirOwnThingsAndASecondSyncChangesNothing()
      throws IOException {
    String trauQuy = "        sector: Giáo dục\n        example: true\n";
    String file = OrganizationFileParserTest.shippedFile().replace(trauQuy, trauQuy
        + "        people:\n"
        + "          - username: thtrauquy.chutich\n"
        + "            fullName: Lê Thị Hoa\n"
        + "            email: chutich@thtrauquy.example\n");
    assertThat(file).contains("thtrauquy.chutich");

    organizationService.importFile(file);
    List<Object> once = snapshot();
    organizationService.importFile(file);

    assertThat(snapshot()).isEqualTo(once);
    assertThat(membersOf(Groups.grassrootsUnion("gl-thtrauquy"))).containsExactly("thtrauquy.chutich");
    Group group = identityService.createGroupQuery().groupId(Groups.grassrootsUnion("gl-thtrauquy")).singleResult();
    assertThat(group.getName()).isEqualTo("Công đoàn Trường Tiểu học Trâu Quỳ");
    assertThat(group.getType()).isEqualTo(Groups.MANAGED_GROUP_TYPE);
    assertThat(identityService.createGroupQuery().groupId(Groups.department("gl-ldtbxh")).singleResult().getName())
        .isEqualTo("Phòng Lao động – Thương binh và Xã hội – Gia Lâm");
    assertThat(authorizationService.isUserAuthorized("thtrauquy.chutich", List.of(Groups.grassrootsUnion("gl-thtrauquy")),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "tasklist")).isTrue();

    ReportScope union = AccessPolicy.scopeOf(groupsOf("thtrauquy.chutich"));
    assertThat(union.seesGrassrootsUnion("gialam", "gl-thtrauquy")).isTrue();
    assertThat(union.seesGrassrootsUnion("gialam", "gl-dienluc")).isFalse();
    assertThat(union.sees("gialam")).isFalse();
    ReportScope department = AccessPolicy.scopeOf(groupsOf("gialam.ldtbxh"));
    assertThat(department.seesDepartment("gialam", "gl-ldtbxh")).isTrue();
    assertThat(department.seesDepartment("gialam", "gl-bhxh")).isFalse();
    ReportScope federation = AccessPolicy.scopeOf(groupsOf("gialam.ldld"));
    assertThat(federation.seesGrassrootsUnion("gialam", "gl-thtrauquy")).isTrue();
    assertThat(federation.seesDepartment("gialam", "gl-bhxh")).isTrue();
    assertThat(federation.seesGrassrootsUnion("hoankiem", "hk-x")).isFalse();
  }

  @Test
  void aTaskForAUnionOrDepartmentWithoutAccountsReachesItsMailboxUnderItsName() {
    assertThat(recipients.mailboxOf(Groups.grassrootsUnion("gl-mayphuthi"))).contains("congdoan@mayphuthi.example");
    assertThat(recipients.groupName(identityService, Groups.grassrootsUnion("gl-mayphuthi")))
        .isEqualTo("Công đoàn Công ty TNHH May Phú Thị");
    assertThat(recipients.mailboxOf(Groups.department("gl-qldt"))).contains("qldt@gialam.example");
    assertThat(recipients.addresses(identityService, List.of(Groups.grassrootsUnion("gl-dienluc")), List.of()))
        .containsExactly("congdoan@dienlucgialam.example", "gialam.cdcs@demo.phoihop.example");
  }

  @Test
  void twoDistrictsImportingAtOnceKeepBothLists() {
    byte[] gialam = "Mã,Tên,Hộp thư\ngl-song1,Công đoàn S1,s1@cdcs.example\n".getBytes(StandardCharsets.UTF_8);
    byte[] donganh = "Mã,Tên,Hộp thư\nda-song2,Công đoàn S2,s2@cdcs.example\n".getBytes(StandardCharsets.UTF_8);

    CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
        () -> put("gialam.ldld", UNIONS, "a.csv", "text/csv", gialam));
    CompletableFuture<Answer> second = CompletableFuture.supplyAsync(() -> put("donganh.ldld",
        "/api/organization/districts/donganh/grassroots-unions", "b.csv", "text/csv", donganh));

    assertThat(List.of(first.join().status(), second.join().status())).containsExactly(200, 200);
    assertThat(jdbc.queryForList("select code from org_grassroots_union where code like '%-song%' order by code",
        String.class)).containsExactly("da-song2", "gl-song1");
  }

  @Test
  void twoThousandUnionsWithoutPeopleAreImportedWithoutAnEngineCallEach() {
    StringBuilder csv = new StringBuilder("Mã,Tên,Hộp thư,Ngành/khối\n");
    for (int i = 1; i <= 2000; i++) {
      csv.append("gl-cdcs").append(i).append(",Công đoàn cơ sở Doanh nghiệp số ").append(i)
          .append(",cdcs").append(i).append("@gialam.example,Doanh nghiệp ngoài nhà nước\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    long groupsBefore = identityService.createGroupQuery().count();

    long started = System.nanoTime();
    Answer answer = put("gialam.ldld", UNIONS, "2000.csv", "text/csv", file);
    long httpMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);

    int statements;
    started = System.nanoTime();
    try (SqlStatementCounter counter = SqlStatementCounter.start(dataSource)) {
      organizationService.replaceGrassrootsUnions("gialam", SheetReader.read("2000.csv", file,
          DistrictSheets.GRASSROOTS_COLUMNS, SheetLimits.DEFAULT, DistrictSheets.GRASSROOTS_TITLE));
      statements = counter.count();
    }
    long serviceMillis = (System.nanoTime() - started) / 1_000_000;
    LOG.info("2,000 grassroots unions: import over HTTP {} ms; again in process {} ms, {} SQL statements; "
        + "{} bytes of CSV", httpMillis, serviceMillis, statements, file.length);

    assertThat(directory.grassrootsUnions("gialam")).hasSize(2000);
    assertThat(directory.grassrootsUnitByMailbox("CDCS1999@gialam.example").map(GrassrootsUnion::code))
        .contains("gl-cdcs1999");
    // gl-dienluc (the demo account's union) is no longer listed: its group goes, and none comes for the 2,000.
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore - 1);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  record Answer(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  private Answer put(String user, String path, String fileName, String contentType, byte[] content) {
    return send(user, path, fileName, contentType, content, Map.of());
  }

  /** A multipart PUT with the file in the field {@code file}, as a browser form or curl -F sends it. */
  private Answer send(String user, String path, String fileName, String contentType, byte[] content,
                      Map<String, String> headers) {
    String boundary = "phoihop-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String password = user.equals(RestCaller.ADMIN) ? RestCaller.ADMIN_PASSWORD : RestCaller.DEMO_PASSWORD;
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] xlsx(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Danh sách");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (!rows.get(r).get(c).isEmpty()) {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(u -> u.getId()).toList();
  }

  private List<String> groupsOf(String userId) {
    List<String> groups = new ArrayList<>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(g -> groups.add(g.getId()));
    return groups;
  }

  /** Everything an import touches: the district lists, the organisation's people and Camunda's identity. */
  private List<Object> snapshot() {
    return List.of(
        jdbc.queryForList("select code, district_code, mailbox, sector from org_grassroots_union order by code"),
        jdbc.queryForList("select code, email from org_department order by code"),
        jdbc.queryForList("select department_code, topic from org_department_topic order by 1, 2"),
        jdbc.queryForList("select username, body_code from org_person order by username"),
        identityService.createGroupQuery().count(),
        identityService.createUserQuery().count(),
        jdbc.queryForObject("select count(*) from act_id_membership", Long.class),
        authorizationService.createAuthorizationQuery().count());
  }
}
