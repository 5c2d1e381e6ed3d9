package vn.org.congdoanhanoi.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.programme.PartyReports.PartyReport;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** A party's report text, one numbered section per content area, as the form lays it out and the validator reads it. */
class PartyReportsTest {

  private static final List<String> AREAS = List.of("Thông tin, tuyên truyền", "Phong trào thi đua");
  private final PartyReports reports = new PartyReports();

  @Test
  void theTemplateNumbersEveryAreaAndTheResultsAreReadBackByArea() {
    String template = reports.template(AREAS);
    assertThat(template).isEqualTo("1. Thông tin, tuyên truyền: \n2. Phong trào thi đua: \n");
    String filled = "1. Thông tin, tuyên truyền: 12 bài viết\ntrên báo Lao động Thủ đô\n2. Phong trào thi đua: 3 đợt";
    assertThat(PartyReports.byArea(filled, AREAS)).containsExactly(
        Map.entry("Thông tin, tuyên truyền", "12 bài viết\ntrên báo Lao động Thủ đô"),
        Map.entry("Phong trào thi đua", "3 đợt"));
  }

  @Test
  void theValidatorAsksForEveryAreaAndRefusesNumbersTheProgrammeLacks() {
    assertThat(check(reports.template(AREAS))).extracting(Violation::message)
        .anyMatch(m -> m.contains("nội dung 1. Thông tin"))
        .anyMatch(m -> m.contains("nội dung 2. Phong trào"));
    assertThat(check("1. a\n2. b\n3. c")).extracting(Violation::message)
        .anyMatch(m -> m.contains("không có nội dung số 3"));
    assertThat(check("Mở đầu\n1. a\n2. b")).extracting(Violation::message)
        .anyMatch(m -> m.contains("không thuộc nội dung nào"));
    assertThat(check("1. a\n2) b")).isEmpty();
  }

  @Test
  void aPartysLaterReportReplacesItsEarlierOne() {
    String json = reports.with(null, new PartyReport("nghean", "LĐLĐ tỉnh Nghệ An", Map.of(), "vanphong", true, null));
    json = reports.with(json, new PartyReport("thanhpho", "LĐLĐ TP", Map.of(), "vanphong", false, null));
    json = reports.with(json, new PartyReport("nghean", "LĐLĐ tỉnh Nghệ An", Map.of(), null, false, "miễn"));
    assertThat(reports.read(json)).extracting(PartyReport::party).containsExactly("thanhpho", "nghean");
    assertThat(reports.read(json).get(1).excuseReason()).isEqualTo("miễn");
  }

  private static List<Violation> check(String text) {
    Map<String, Object> submitted = new HashMap<>();
    Vars.AREA_RESULTS.putInto(submitted, text);
    Vars.CONTENT_AREAS.putInto(submitted, AREAS);
    return new ReportResultsValidator().validate(submitted, List.of());
  }
}
