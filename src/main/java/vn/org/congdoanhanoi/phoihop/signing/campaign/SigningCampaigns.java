package vn.org.congdoanhanoi.phoihop.signing.campaign;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.signing.CampaignId;

/**
 * Finds a campaign from what callers know: the letter's number and, when the same number was launched in several
 * years, the year. Without a year the most recent one is meant, which is the only one for most letters.
 */
@Component
@RequiredArgsConstructor
public class SigningCampaigns {

  private final MatterRegistry matters;

  /** The campaign of that letter in that year, or in the latest year it was launched when {@code year} is null. */
  public Optional<CampaignId> find(String documentNumber, Integer year) {
    if (documentNumber == null || documentNumber.isBlank()) {
      return Optional.empty();
    }
    return matters.years(MatterKey.CITY_FEDERATION, documentNumber).stream()
        .filter(y -> year == null || y.equals(year))
        .findFirst()
        .map(y -> new CampaignId(documentNumber, y));
  }

  /** The query parameter {@code year} (optional): a year such as 2022, refused with 400 otherwise. */
  public static Integer year(String text) {
    return MatterKey.parseYear(text, "year");
  }

  /** The process instance that carries the campaign: the one launched last, if it was relaunched after a cancel. */
  public Optional<String> instanceId(CampaignId campaign) {
    return matters.holder(campaign.matterKey());
  }
}
