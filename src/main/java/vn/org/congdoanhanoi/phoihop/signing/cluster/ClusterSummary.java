package vn.org.congdoanhanoi.phoihop.signing.cluster;

import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;
import vn.org.congdoanhanoi.phoihop.signing.SigningChoices.MemberState;

/** The readable list of a cluster's members and where each stands, shown in the lead's and the city's forms. */
@Component
@RequiredArgsConstructor
class ClusterSummary {

  private static final Map<MemberState, String> LABELS = Map.of(
      MemberState.UNDECIDED, "chưa chọn hình thức",
      MemberState.JOINED, "tham gia lễ chung",
      MemberState.LOCALITY, "ký theo địa bàn",
      MemberState.LEFT, "đã rút");

  private final ClusterRegistrations registrations;
  private final OrganizationDirectory organization;

  String of(CampaignId campaign, String clusterCode) {
    return registrations.members(campaign, clusterCode).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> "- " + organization.federation(e.getKey()) + ": " + LABELS.get(e.getValue()))
        .collect(Collectors.joining("\n"));
  }
}
