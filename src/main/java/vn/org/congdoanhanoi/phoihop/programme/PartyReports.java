package vn.org.congdoanhanoi.phoihop.programme;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The parties' reports of one year (variable {@code partyReports}, a JSON list) and the one text field a party writes
 * them in: one numbered section per content area, "1. &lt;area&gt;: …", "2. &lt;area&gt;: …", as the form's template
 * lays them out (bean {@code partyReportTexts} gives the models that template).
 */
@Component("partyReportTexts")
public class PartyReports {

  private static final JsonRecords<PartyReport> RECORDS = new JsonRecords<>(new TypeReference<>() {});
  private static final Pattern SECTION = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s?(.*)$");

  /**
   * One party's report as the yearly report reads it.
   *
   * @param results the result per content area, in the programme's order (empty when excused)
   * @param enteredBy the user who entered it
   * @param enteredByCityOffice whether the city office entered it on the party's behalf (a partner without accounts)
   * @param excuseReason set when the office excused the party from reporting this year
   */
  public record PartyReport(String party, String partyName, Map<String, String> results, String enteredBy,
                            boolean enteredByCityOffice, String excuseReason) {}

  /** What the report form starts with: every content area, numbered, waiting for its result. */
  public String template(Object contentAreas) {
    List<String> areas = CoordinationProgramme.Vars.CONTENT_AREAS.parse(contentAreas);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < areas.size(); i++) {
      text.append(i + 1).append(". ").append(areas.get(i)).append(": \n");
    }
    return text.toString();
  }

  /** The areas numbered one per line, for the forms' context. */
  public String numbered(List<String> areas) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < areas.size(); i++) {
      text.append(i + 1).append(". ").append(areas.get(i)).append('\n');
    }
    return text.toString().strip();
  }

  /**
   * The sections of a report text by number (1-based), each without the area's name the template put before it.
   * Text before the first number is under 0.
   */
  public static Map<Integer, String> sections(String text, List<String> areas) {
    Map<Integer, StringBuilder> byNumber = new LinkedHashMap<>();
    int current = 0;
    for (String line : text.split("\\R", -1)) {
      Matcher m = SECTION.matcher(line);
      if (m.matches()) {
        current = Integer.parseInt(m.group(1));
        line = m.group(2);
        if (current >= 1 && current <= areas.size()) {
          String area = areas.get(current - 1);
          if (line.startsWith(area)) {
            line = line.substring(area.length()).replaceFirst("^\\s*:", "");
          }
        }
        if (byNumber.containsKey(current)) {
          byNumber.get(current).append('\n');
        }
      }
      byNumber.computeIfAbsent(current, n -> new StringBuilder()).append(line.strip()).append('\n');
    }
    Map<Integer, String> result = new LinkedHashMap<>();
    byNumber.forEach((n, b) -> result.put(n, b.toString().strip()));
    return result;
  }

  public List<PartyReport> read(String json) {
    return RECORDS.read(json);
  }

  /** The list with the party's report in place of any earlier one of that party. */
  public String with(String json, PartyReport report) {
    return RECORDS.with(json, report, r -> r.party().equals(report.party()));
  }

  /** The results of a report text by content area, in the programme's order. */
  public static Map<String, String> byArea(String text, List<String> areas) {
    Map<Integer, String> sections = sections(text, areas);
    Map<String, String> results = new LinkedHashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      results.put(areas.get(i), sections.getOrDefault(i + 1, ""));
    }
    return results;
  }
}
