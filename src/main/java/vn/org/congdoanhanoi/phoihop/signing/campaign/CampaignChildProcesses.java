package vn.org.congdoanhanoi.phoihop.signing.campaign;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.platform.fanout.CountedChildProcess;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** The campaign's fan-out counts the ends of its units' signings and its clusters' ceremonies. */
@Configuration(proxyBeanMethods = false)
class CampaignChildProcesses {

  @Bean
  CountedChildProcess unitSigningEndsCount() {
    return new CountedChildProcess(UnitSigning.KEY);
  }

  @Bean
  CountedChildProcess clusterCeremonyEndsCount() {
    return new CountedChildProcess(ClusterCeremony.KEY);
  }
}
