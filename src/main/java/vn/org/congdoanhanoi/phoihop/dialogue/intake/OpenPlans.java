package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * The plans a mail may name: conferences whose petition phase is still open (their deadline not passed on the day the
 * mail arrived), and which of them a mail's words name. People write a plan's number their own way ("477/KH-LĐLĐ",
 * "477 / kh-ldld", "số 477/KH–LĐLĐ"), so both sides are compared without case, diacritics or dash variants, spaces
 * allowed anywhere inside the number.
 */
@Repository
@RequiredArgsConstructor
class OpenPlans {

  private final JdbcClient jdbc;

  /** The open plans that reach this union (a union belongs to one district, so they are its district's). */
  List<PlanId> reaching(String unionCode, LocalDate day) {
    return jdbc.sql("""
            select c.district_code, c.plan_year, c.plan_number from dialogue_conference c
            join dialogue_conference_union u on u.district_code = c.district_code and u.plan_year = c.plan_year
                and u.plan_number = c.plan_number
            where u.union_code = ? and c.petition_deadline >= ?
            order by c.plan_year desc, c.plan_number""")
        .params(unionCode, day).query(OpenPlans::plan).list();
  }

  /** Every open plan of every district: whose federation reviews a mail from an unknown sender. */
  List<PlanId> all(LocalDate day) {
    return jdbc.sql("""
            select district_code, plan_year, plan_number from dialogue_conference where petition_deadline >= ?
            order by district_code, plan_year desc, plan_number""")
        .params(day).query(OpenPlans::plan).list();
  }

  /** Whether this plan's petition phase is open on {@code day}. */
  boolean isOpen(PlanId plan, LocalDate day) {
    return jdbc.sql("""
            select count(*) from dialogue_conference where district_code = ? and plan_year = ? and plan_number = ?
                and petition_deadline >= ?""")
        .params(plan.districtCode(), plan.year(), plan.planNumber(), day).query(Long.class).single() > 0;
  }

  /**
   * The plans among {@code candidates} whose number the text contains, whatever spaces people put inside it, and not
   * as part of a longer number or word (1477/KH-LĐLĐ does not name 477/KH-LĐLĐ).
   */
  static List<PlanId> named(List<PlanId> candidates, String text) {
    String folded = folded(text);
    return candidates.stream().filter(plan -> mention(plan.planNumber()).matcher(folded).find()).toList();
  }

  private static Pattern mention(String planNumber) {
    String bare = folded(planNumber).replace(" ", "");
    StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < bare.length(); i++) {
      pattern.append(i == 0 ? "" : "\\s*").append(Pattern.quote(String.valueOf(bare.charAt(i))));
    }
    return Pattern.compile(pattern.append("(?![\\p{L}\\p{N}])").toString());
  }

  /**
   * Upper case, without diacritics, "đ" as "d", dash variants as "-", any run of spaces as one: "477 / kh – lđlđ" →
   * "477 / KH - LDLD".
   */
  static String folded(String text) {
    if (text == null) {
      return "";
    }
    // "Ð" (U+00D0) is how some keyboards and fonts give "Đ" (U+0110).
    String bare = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D').replace('ð', 'd'),
        Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return bare.replaceAll("[\\u2010-\\u2015\\u2212]", "-").replaceAll("[\\s\\u00A0]+", " ").strip()
        .toUpperCase(Locale.ROOT);
  }

  private static PlanId plan(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new PlanId(rs.getString("district_code"), rs.getInt("plan_year"), rs.getString("plan_number"));
  }
}
