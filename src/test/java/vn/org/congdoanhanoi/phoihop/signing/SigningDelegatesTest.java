package vn.org.congdoanhanoi.phoihop.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;
import vn.org.congdoanhanoi.phoihop.signing.campaign.PrepareCampaignDelegate;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterMessages;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.ApplyCommitteeFormatDelegate;
import vn.org.congdoanhanoi.phoihop.signing.unit.PrepareUnitSigningDelegate;
import vn.org.congdoanhanoi.phoihop.signing.unit.RecordScopeDecisionDelegate;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** The signing delegates on their own: typed inputs in, one service called, typed outputs out. */
class SigningDelegatesTest {

  final ClusterRegistrations registrations = mock(ClusterRegistrations.class);
  final ClusterMessages messages = mock(ClusterMessages.class);

  static Unit district(String code) {
    return new Unit(code, UnitKind.DISTRICT, null, code, "LĐLĐ " + code, "Quận ủy " + code, null, null, true, false);
  }

  @Test
  void theCommitteesDecisionReplacesTheProposedFormat() {
    FakeExecution f = new FakeExecution(Map.of(UnitSigning.Vars.SIGNING_MODE.name(), "DIRECT",
        UnitSigning.Vars.SIGNING_SCOPE.name(), "CLUSTER",
        UnitSigning.Vars.COMMITTEE_DECIDED_MODE.name(), "INDIRECT", UnitSigning.Vars.COMMITTEE_DECIDED_SCOPE.name(),
            "LOCALITY"));
    new ApplyCommitteeFormatDelegate().execute(f.execution);
    assertThat(f.variables).containsEntry(UnitSigning.Vars.SIGNING_MODE.name(),
        "INDIRECT").containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(), "LOCALITY");
  }

  @Test
  void theLastMemberToJoinTellsTheClusterCeremony() {
    when(registrations.decide(new CampaignId("222/LĐLĐ", 2022), "cum1", "hoankiem", MemberState.JOINED))
        .thenReturn(new ClusterRegistrations.Decision(true, true));
    FakeExecution f = new FakeExecution(Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ",
        SigningCampaign.Vars.CAMPAIGN_YEAR.name(), 2022,
        UnitSigning.Vars.UNIT_CODE.name(), "hoankiem", UnitSigning.Vars.CLUSTER_CODE.name(), "cum1",
            UnitSigning.Vars.SIGNING_SCOPE.name(), "CLUSTER"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry(UnitSigning.Vars.CLUSTER_JOINED.name(),
        true).containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(), "CLUSTER");
    verify(messages).membersDecided(new CampaignId("222/LĐLĐ", 2022), "cum1");
  }

  @Test
  void aMemberArrivingAfterTheClusterClosedSignsByLocality() {
    when(registrations.decide(new CampaignId("222/LĐLĐ", 2022), "cum1", "dongda", MemberState.JOINED))
        .thenReturn(new ClusterRegistrations.Decision(false, false));
    FakeExecution f = new FakeExecution(Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ",
        SigningCampaign.Vars.CAMPAIGN_YEAR.name(), 2022,
        UnitSigning.Vars.UNIT_CODE.name(), "dongda", UnitSigning.Vars.CLUSTER_CODE.name(), "cum1",
            UnitSigning.Vars.SIGNING_SCOPE.name(), "CLUSTER"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry(UnitSigning.Vars.CLUSTER_JOINED.name(),
        false).containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(), "LOCALITY");
    verify(messages, never()).membersDecided(any(), anyString());
  }

  @Test
  void aUnitWithoutAClusterTellsNobody() {
    FakeExecution f = new FakeExecution(Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ",
        UnitSigning.Vars.UNIT_CODE.name(), "dukcn",
        UnitSigning.Vars.SIGNING_SCOPE.name(), "LOCALITY"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry(UnitSigning.Vars.CLUSTER_JOINED.name(),
        false).containsEntry(UnitSigning.Vars.SIGNING_SCOPE.name(), "LOCALITY");
    verifyNoInteractions(registrations, messages);
  }

  @Test
  void aCampaignWithoutUnitCodesInvitesEveryActiveUnitAndOnlyClustersWithParticipants() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.defaultSigningUnits()).thenReturn(List.of(district("badinh"), district("tayho")));
    when(organization.clusters(2022)).thenReturn(List.of(
        new Cluster(2022, "cum1", "Cụm Thi đua số 1", "badinh", List.of("badinh", "hoankiem"), true),
        new Cluster(2022, "cum3", "Cụm Thi đua số 3", "gialam", List.of("gialam"), true)));
    SigningRecords records = mock(SigningRecords.class);
    FakeExecution f = new FakeExecution(Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ",
        SigningCampaign.Vars.ISSUED_ON.name(), "2022-05-16"));
    new PrepareCampaignDelegate(organization, records).execute(f.execution);
    assertThat(SigningCampaign.Vars.UNIT_CODES.required(f.variables)).containsExactly("badinh", "tayho");
    assertThat(SigningCampaign.Vars.CLUSTER_CODES.required(f.variables)).containsExactly("cum1");
    assertThat(f.variables).containsEntry(SigningCampaign.Vars.CAMPAIGN_YEAR.name(), 2022);
    verify(records).clearEarlierAttempts(new CampaignId("222/LĐLĐ", 2022));
  }

  @Test
  void aCampaignForGivenUnitsKeepsThem() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.clusters(2022)).thenReturn(List.of());
    FakeExecution f = new FakeExecution(Map.of(SigningCampaign.Vars.DOCUMENT_NUMBER.name(), "222/LĐLĐ",
        SigningCampaign.Vars.ISSUED_ON.name(), "2022-05-16",
        SigningCampaign.Vars.UNIT_CODES.name(), SigningCampaign.Vars.UNIT_CODES.stored(List.of("hoankiem"))));
    new PrepareCampaignDelegate(organization, mock(SigningRecords.class)).execute(f.execution);
    assertThat(SigningCampaign.Vars.UNIT_CODES.required(f.variables)).containsExactly("hoankiem");
    verify(organization, never()).defaultSigningUnits();
  }

  @Test
  void theUnitsNamesAndClusterOfTheCampaignYearAreLoaded() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.unit("hoankiem")).thenReturn(Optional.of(district("hoankiem")));
    when(organization.clusterOf(2022, "hoankiem")).thenReturn(Optional.of(
        new Cluster(2022, "cum1", "Cụm Thi đua số 1", "badinh", List.of("badinh", "hoankiem"), true)));
    FakeExecution f = new FakeExecution(Map.of(UnitSigning.Vars.UNIT_CODE.name(), "hoankiem",
        SigningCampaign.Vars.CAMPAIGN_YEAR.name(), 2022));
    new PrepareUnitSigningDelegate(organization).execute(f.execution);
    assertThat(f.variables).containsEntry(UnitSigning.Vars.UNIT_NAME.name(),
        "LĐLĐ hoankiem").containsEntry(UnitSigning.Vars.PARTY_COMMITTEE_NAME.name(),
        "Quận ủy hoankiem").containsEntry(UnitSigning.Vars.CLUSTER_CODE.name(),
            "cum1").containsEntry(UnitSigning.Vars.CLUSTER_NAME.name(), "Cụm Thi đua số 1");
  }
}
