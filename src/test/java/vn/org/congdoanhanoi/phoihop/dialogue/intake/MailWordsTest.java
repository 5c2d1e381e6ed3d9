package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/** How a mail's words name its plan and its topic, without an engine. */
class MailWordsTest {

  static final PlanId PLAN = new PlanId("gialam", 2023, "477/KH-LĐLĐ");
  static final PlanId OTHER = new PlanId("gialam", 2023, "12/KH-LĐLĐ");

  @Test
  void aPlanIsNamedWhateverSpacesCaseDiacriticsAndDashesPeopleWrite() {
    for (String written : List.of("Kiến nghị theo KH 477/KH-LĐLĐ", "kế hoạch số 477 / kh - ldld về nhà ở",
        "(477/KH–LĐLĐ)", "477/kh-lđlđ.", "Theo 477 /KH-LÐLÐ")) {
      assertThat(OpenPlans.named(List.of(PLAN, OTHER), written)).as(written).containsExactly(PLAN);
    }
  }

  @Test
  void aLongerNumberOrWordIsNotThePlan() {
    assertThat(OpenPlans.named(List.of(PLAN, OTHER), "Kế hoạch 1477/KH-LĐLĐ và 12/KH-LĐLĐTP")).isEmpty();
    assertThat(OpenPlans.named(List.of(PLAN, OTHER), "Góp ý chung, không theo kế hoạch nào")).isEmpty();
  }

  @Test
  void theTopicComesFromTheSubjectFirstThenTheBodyElseOther() {
    assertThat(MailTopics.of("Kiến nghị về bảo hiểm xã hội", "Đề nghị xây nhà ở")).isEqualTo(
        PetitionTopic.ADMIN_INSURANCE_EDUCATION_SECURITY);
    assertThat(MailTopics.of("Kiến nghị", "Đề nghị xây NHÀ Ở xã hội")).isEqualTo(
        PetitionTopic.INFRASTRUCTURE_HOUSING_HEALTH);
    assertThat(MailTopics.of("Kiến nghị", "Khen thưởng công nhân giỏi")).isEqualTo(PetitionTopic.SKILLED_WORKERS);
    assertThat(MailTopics.of("Góp ý", "Nhà ông Ba")).isEqualTo(PetitionTopic.OTHER);
  }
}
