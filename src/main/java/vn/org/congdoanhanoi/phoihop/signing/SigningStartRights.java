package vn.org.congdoanhanoi.phoihop.signing;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * Who starts what in the signing family: the city office (and administrators) launch campaigns; unit signings and
 * cluster ceremonies are started by the campaign only.
 */
@Configuration
class SigningStartRights {

  @Bean
  StartableProcess signingCampaignStarters() {
    return new StartableProcess(SigningCampaign.KEY, Set.of(Groups.CITY_OFFICE, Groups.ADMINISTRATORS));
  }
}
