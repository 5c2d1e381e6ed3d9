package vn.org.congdoanhanoi.phoihop.signing;

import vn.org.congdoanhanoi.phoihop.signing.campaign.PrepareCampaignDelegate;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterMessages;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterRegistrations;
import vn.org.congdoanhanoi.phoihop.signing.unit.ApplyCommitteeFormatDelegate;
import vn.org.congdoanhanoi.phoihop.signing.unit.PrepareUnitSigningDelegate;
import vn.org.congdoanhanoi.phoihop.signing.unit.RecordScopeDecisionDelegate;

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
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.organization.Unit;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.variables.JsonLists;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/** The signing delegates on their own: typed inputs in, one service called, typed outputs out. */
class SigningDelegatesTest {

  final ClusterRegistrations registrations = mock(ClusterRegistrations.class);
  final ClusterMessages messages = mock(ClusterMessages.class);

  static Unit district(String code) {
    return new Unit(code, UnitKind.DISTRICT, null, code, "LĐLĐ " + code, "Quận ủy " + code, null, null, true, false);
  }

  @Test
  void theCommitteesDecisionReplacesTheProposedFormat() {
    FakeExecution f = new FakeExecution(Map.of("signingMode", "DIRECT", "signingScope", "CLUSTER",
        "committeeDecidedMode", "INDIRECT", "committeeDecidedScope", "LOCALITY"));
    new ApplyCommitteeFormatDelegate().execute(f.execution);
    assertThat(f.variables).containsEntry("signingMode", "INDIRECT").containsEntry("signingScope", "LOCALITY");
  }

  @Test
  void theLastMemberToJoinTellsTheClusterCeremony() {
    when(registrations.decide(new CampaignId("222/LĐLĐ", 2022), "cum1", "hoankiem", MemberState.JOINED))
        .thenReturn(new ClusterRegistrations.Decision(true, true));
    FakeExecution f = new FakeExecution(Map.of("documentNumber", "222/LĐLĐ", "campaignYear", 2022,
        "unitCode", "hoankiem", "clusterCode", "cum1", "signingScope", "CLUSTER"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry("clusterJoined", true).containsEntry("signingScope", "CLUSTER");
    verify(messages).membersDecided(new CampaignId("222/LĐLĐ", 2022), "cum1");
  }

  @Test
  void aMemberArrivingAfterTheClusterClosedSignsByLocality() {
    when(registrations.decide(new CampaignId("222/LĐLĐ", 2022), "cum1", "dongda", MemberState.JOINED))
        .thenReturn(new ClusterRegistrations.Decision(false, false));
    FakeExecution f = new FakeExecution(Map.of("documentNumber", "222/LĐLĐ", "campaignYear", 2022,
        "unitCode", "dongda", "clusterCode", "cum1", "signingScope", "CLUSTER"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry("clusterJoined", false).containsEntry("signingScope", "LOCALITY");
    verify(messages, never()).membersDecided(any(), anyString());
  }

  @Test
  void aUnitWithoutAClusterTellsNobody() {
    FakeExecution f = new FakeExecution(Map.of("documentNumber", "222/LĐLĐ", "unitCode", "dukcn",
        "signingScope", "LOCALITY"));
    new RecordScopeDecisionDelegate(registrations, messages).execute(f.execution);
    assertThat(f.variables).containsEntry("clusterJoined", false).containsEntry("signingScope", "LOCALITY");
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
    FakeExecution f = new FakeExecution(Map.of("documentNumber", "222/LĐLĐ", "issuedOn", "2022-05-16"));
    new PrepareCampaignDelegate(organization, new JsonLists(), records).execute(f.execution);
    assertThat(new JsonLists().strings(f.variables.get("unitCodes"))).containsExactly("badinh", "tayho");
    assertThat(new JsonLists().strings(f.variables.get("clusterCodes"))).containsExactly("cum1");
    assertThat(f.variables).containsEntry("campaignYear", 2022);
    verify(records).clearEarlierAttempts(new CampaignId("222/LĐLĐ", 2022));
  }

  @Test
  void aCampaignForGivenUnitsKeepsThem() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.clusters(2022)).thenReturn(List.of());
    FakeExecution f = new FakeExecution(Map.of("documentNumber", "222/LĐLĐ", "issuedOn", "2022-05-16",
        "unitCodes", JsonLists.toJson(List.of("hoankiem"))));
    new PrepareCampaignDelegate(organization, new JsonLists(), mock(SigningRecords.class)).execute(f.execution);
    assertThat(new JsonLists().strings(f.variables.get("unitCodes"))).containsExactly("hoankiem");
    verify(organization, never()).defaultSigningUnits();
  }

  @Test
  void theUnitsNamesAndClusterOfTheCampaignYearAreLoaded() {
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.unit("hoankiem")).thenReturn(Optional.of(district("hoankiem")));
    when(organization.clusterOf(2022, "hoankiem")).thenReturn(Optional.of(
        new Cluster(2022, "cum1", "Cụm Thi đua số 1", "badinh", List.of("badinh", "hoankiem"), true)));
    FakeExecution f = new FakeExecution(Map.of("unitCode", "hoankiem", "campaignYear", 2022));
    new PrepareUnitSigningDelegate(organization).execute(f.execution);
    assertThat(f.variables).containsEntry("unitName", "LĐLĐ hoankiem").containsEntry("partyCommitteeName",
        "Quận ủy hoankiem").containsEntry("clusterCode", "cum1").containsEntry("clusterName", "Cụm Thi đua số 1");
  }
}
