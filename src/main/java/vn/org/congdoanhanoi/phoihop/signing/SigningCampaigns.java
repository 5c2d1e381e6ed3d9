package vn.org.congdoanhanoi.phoihop.signing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.matter.MatterRegistry;
import vn.org.congdoanhanoi.phoihop.platform.InvalidRequestException;

/**
 * Finds a campaign from what callers know: the letter's number and, when the same number was launched in several
 * years, the year. Without a year the most recent one is meant, which is the only one for most letters.
 */
@Component
public class SigningCampaigns {

  private final MatterRegistry matters;

  SigningCampaigns(MatterRegistry matters) {
    this.matters = matters;
  }

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
    if (text == null || text.isBlank()) {
      return null;
    }
    String message = "Năm của văn bản (year) phải là năm 4 chữ số, ví dụ 2022; bỏ trống để lấy văn bản gần nhất.";
    if (!text.strip().matches("[0-9]{4}")) {
      throw new InvalidRequestException(message, List.of(Map.of("field", "year", "message", message)));
    }
    return Integer.valueOf(text.strip());
  }

  /** The process instance that carries the campaign: the one launched last, if it was relaunched after a cancel. */
  public Optional<String> instanceId(CampaignId campaign) {
    return matters.holder(campaign.matterKey());
  }
}
