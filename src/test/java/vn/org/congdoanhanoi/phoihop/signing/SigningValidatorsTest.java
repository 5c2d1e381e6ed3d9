package vn.org.congdoanhanoi.phoihop.signing;

import vn.org.congdoanhanoi.phoihop.signing.cluster.CityAttendanceValidator;
import vn.org.congdoanhanoi.phoihop.signing.cluster.MemberOutcomeValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.AwaitClusterValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.CeremonyOutcomeValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.CommitteeOpinionValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.ProposalValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.ReportValidator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The rules of each signing form, without an engine. */
class SigningValidatorsTest {

  static final AttachmentPolicy ATTACHMENTS = new AttachmentPolicy(DataSize.ofMegabytes(10));

  static Map<String, Object> context() {
    Map<String, Object> values = new HashMap<>();
    values.put("documentNumber", "222/LĐLĐ");
    values.put("deadline", "2022-06-30");
    values.put("unitCode", "hoankiem");
    values.put("clusterCode", "cum1");
    return values;
  }

  static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteProposalPasses() {
    Map<String, Object> values = context();
    values.putAll(SigningDriver.proposal("CLUSTER"));
    assertThat(new ProposalValidator(ATTACHMENTS).validate(values, List.of())).isEmpty();
  }

  @Test
  void aProposalAfterTheDeadlineOrByClusterWithoutAClusterIsRefused() {
    Map<String, Object> values = context();
    values.putAll(SigningDriver.proposal("CLUSTER"));
    values.put("proposedDate", "2022-07-01");
    values.remove("clusterCode");
    assertThat(fields(new ProposalValidator(ATTACHMENTS).validate(values, List.of())))
        .containsExactlyInAnyOrder("proposedDate", "signingScope");
  }

  @Test
  void askingForChangesNeedsTheComment() {
    Map<String, Object> values = context();
    values.put("committeeOpinion", "REQUEST_CHANGES");
    assertThat(fields(new CommitteeOpinionValidator().validate(values, List.of("hoankiem-party"))))
        .containsExactly("committeeComment");
  }

  @Test
  void theFederationRecordingTheOpinionMustCiteTheCommitteesLetterButTheCommitteeNeedNot() {
    Map<String, Object> values = context();
    values.put("committeeOpinion", "APPROVE");
    CommitteeOpinionValidator validator = new CommitteeOpinionValidator();
    assertThat(fields(validator.validate(values, List.of("hoankiem-federation"))))
        .containsExactly("committeeDocumentReference");
    assertThat(validator.validate(values, List.of("hoankiem-party", "hoankiem-federation"))).isEmpty();
    values.put("committeeDocumentReference", "Công văn số 120-CV/QU ngày 25/5/2022");
    assertThat(validator.validate(values, List.of("hoankiem-federation"))).isEmpty();
  }

  @Test
  void decidingTheFormatNeedsModeAndScope() {
    Map<String, Object> values = context();
    values.put("committeeOpinion", "DECIDE_FORMAT");
    values.put("committeeDecidedMode", "BY_POST");
    assertThat(fields(new CommitteeOpinionValidator().validate(values, List.of("hoankiem-party"))))
        .containsExactlyInAnyOrder("committeeDecidedMode", "committeeDecidedScope");
  }

  @Test
  void completingTheWaitForTheClusterMeansWithdrawingWithAReason() {
    assertThat(fields(new AwaitClusterValidator().validate(context(), List.of()))).containsExactly("withdrawFromCluster");
    Map<String, Object> values = context();
    values.put("withdrawFromCluster", true);
    assertThat(fields(new AwaitClusterValidator().validate(values, List.of()))).containsExactly("withdrawReason");
  }

  @Test
  void anOutcomeNeedsItsDetails() {
    Map<String, Object> signed = context();
    signed.put("ceremonyOutcome", "SIGNED");
    assertThat(fields(new CeremonyOutcomeValidator(ATTACHMENTS).validate(signed, List.of())))
        .containsExactlyInAnyOrder("signedOn", "signatories");
    Map<String, Object> postponed = context();
    postponed.put("memberOutcome", "POSTPONED");
    assertThat(fields(new MemberOutcomeValidator().validate(postponed, List.of())))
        .containsExactly("memberPostponedReason");
  }

  @Test
  void pressLinksAreWebAddressesOnePerLine() {
    Map<String, Object> values = context();
    values.put("reportSummary", "Đã ký kết.");
    values.put("pressLinks", "https://laodongthudo.vn/a.html\n\nhttp://congdoanhanoi.org.vn/b\nbáo Lao động");
    List<Violation> violations = new ReportValidator().validate(values, List.of());
    assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).contains("báo Lao động"));
  }

  @Test
  void textsLongerThanTheDatabaseKeepsAreRefused() {
    Map<String, Object> values = context();
    values.put("cityAttendees", "x".repeat(4001));
    assertThat(new CityAttendanceValidator().validate(values, List.of()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("4000"));
  }
}
