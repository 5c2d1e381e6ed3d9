package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.CityAttendanceValidator;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.cluster.MemberOutcomeValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.AwaitClusterValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.CeremonyOutcomeValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.CommitteeOpinionValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.ProposalValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.ReportValidator;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Violation;

/** The rules of each signing form, without an engine. */
class SigningValidatorsTest {

  static final AttachmentPolicy ATTACHMENTS = new AttachmentPolicy(DataSize.ofMegabytes(10));

  static Map<String, Object> context() {
    Map<String, Object> values = new HashMap<>();
    values.put(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ");
    values.put(SigningCampaign.Vars.DEADLINE.name(), "2022-06-30");
    values.put(UnitSigning.Vars.UNIT_CODE.name(), "hoankiem");
    values.put(UnitSigning.Vars.CLUSTER_CODE.name(), "cum1");
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
    values.put(UnitSigning.Vars.PROPOSED_DATE.name(), "2022-07-01");
    values.remove(UnitSigning.Vars.CLUSTER_CODE.name());
    assertThat(fields(new ProposalValidator(ATTACHMENTS).validate(values, List.of())))
        .containsExactlyInAnyOrder(UnitSigning.Vars.PROPOSED_DATE.name(), UnitSigning.Vars.SIGNING_SCOPE.name());
  }

  @Test
  void askingForChangesNeedsTheComment() {
    Map<String, Object> values = context();
    values.put(UnitSigning.Vars.COMMITTEE_OPINION.name(), "REQUEST_CHANGES");
    assertThat(fields(new CommitteeOpinionValidator().validate(values, List.of("hoankiem-party"))))
        .containsExactly(UnitSigning.Vars.COMMITTEE_COMMENT.name());
  }

  @Test
  void theFederationRecordingTheOpinionMustCiteTheCommitteesLetterButTheCommitteeNeedNot() {
    Map<String, Object> values = context();
    values.put(UnitSigning.Vars.COMMITTEE_OPINION.name(), "APPROVE");
    CommitteeOpinionValidator validator = new CommitteeOpinionValidator();
    assertThat(fields(validator.validate(values, List.of("hoankiem-federation"))))
        .containsExactly(UnitSigning.Vars.COMMITTEE_DOCUMENT_REFERENCE.name());
    assertThat(validator.validate(values, List.of("hoankiem-party", "hoankiem-federation"))).isEmpty();
    values.put(UnitSigning.Vars.COMMITTEE_DOCUMENT_REFERENCE.name(), "Công văn số 120-CV/QU ngày 25/5/2022");
    assertThat(validator.validate(values, List.of("hoankiem-federation"))).isEmpty();
  }

  @Test
  void decidingTheFormatNeedsModeAndScope() {
    Map<String, Object> values = context();
    values.put(UnitSigning.Vars.COMMITTEE_OPINION.name(), "DECIDE_FORMAT");
    values.put(UnitSigning.Vars.COMMITTEE_DECIDED_MODE.name(), "BY_POST");
    assertThat(fields(new CommitteeOpinionValidator().validate(values, List.of("hoankiem-party"))))
        .containsExactlyInAnyOrder(UnitSigning.Vars.COMMITTEE_DECIDED_MODE.name(),
            UnitSigning.Vars.COMMITTEE_DECIDED_SCOPE.name());
  }

  @Test
  void completingTheWaitForTheClusterMeansWithdrawingWithAReason() {
    assertThat(fields(new AwaitClusterValidator().validate(context(),
        List.of()))).containsExactly(UnitSigning.Vars.WITHDRAW_FROM_CLUSTER.name());
    Map<String, Object> values = context();
    values.put(UnitSigning.Vars.WITHDRAW_FROM_CLUSTER.name(), true);
    assertThat(fields(new AwaitClusterValidator().validate(values,
        List.of()))).containsExactly(UnitSigning.Vars.WITHDRAW_REASON.name());
  }

  @Test
  void anOutcomeNeedsItsDetails() {
    Map<String, Object> signed = context();
    signed.put(UnitSigning.Vars.CEREMONY_OUTCOME.name(), "SIGNED");
    assertThat(fields(new CeremonyOutcomeValidator(ATTACHMENTS).validate(signed, List.of())))
        .containsExactlyInAnyOrder(UnitSigning.Vars.SIGNED_ON.name(), UnitSigning.Vars.SIGNATORIES.name());
    Map<String, Object> postponed = context();
    postponed.put(ClusterCeremony.Vars.MEMBER_OUTCOME.name(), "POSTPONED");
    assertThat(fields(new MemberOutcomeValidator().validate(postponed, List.of())))
        .containsExactly(ClusterCeremony.Vars.MEMBER_POSTPONED_REASON.name());
  }

  @Test
  void pressLinksAreWebAddressesOnePerLine() {
    Map<String, Object> values = context();
    values.put(UnitSigning.Vars.REPORT_SUMMARY.name(), "Đã ký kết.");
    values.put(UnitSigning.Vars.PRESS_LINKS.name(),
        "https://laodongthudo.vn/a.html\n\nhttp://congdoanhanoi.org.vn/b\nbáo Lao động");
    List<Violation> violations = new ReportValidator().validate(values, List.of());
    assertThat(violations).singleElement().satisfies(v -> assertThat(v.message()).contains("báo Lao động"));
  }

  @Test
  void textsLongerThanTheDatabaseKeepsAreRefused() {
    Map<String, Object> values = context();
    values.put(ClusterCeremony.Vars.CITY_ATTENDEES.name(), "x".repeat(4001));
    assertThat(new CityAttendanceValidator().validate(values, List.of()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("4000"));
  }
}
