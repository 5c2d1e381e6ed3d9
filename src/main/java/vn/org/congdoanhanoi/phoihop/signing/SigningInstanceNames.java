package vn.org.congdoanhanoi.phoihop.signing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.platform.Variables;
import vn.org.congdoanhanoi.phoihop.reporting.InstanceNamer;

/**
 * Readable names of the signing instances in Cockpit: document number and who it is about, e.g.
 * "222/LĐLĐ – Liên đoàn Lao động huyện Gia Lâm" for the business key "222/LĐLĐ/gialam".
 */
@Configuration
class SigningInstanceNames {

  static final String SEPARATOR = " – ";

  @Bean
  InstanceNamer signingCampaignName() {
    return new InstanceNamer(SigningCampaign.KEY, execution -> {
      String number = Variables.text(execution, SigningCampaign.Vars.DOCUMENT_NUMBER);
      String subject = Variables.text(execution, SigningCampaign.Vars.SUBJECT);
      return number == null ? null : subject == null ? number : number + SEPARATOR + subject;
    });
  }

  @Bean
  InstanceNamer unitSigningName(OrganizationDirectory organization) {
    return new InstanceNamer(UnitSigning.KEY, execution -> {
      String number = Variables.text(execution, UnitSigning.Vars.DOCUMENT_NUMBER);
      String unit = Variables.text(execution, UnitSigning.Vars.UNIT_CODE);
      return number == null || unit == null ? null : number + SEPARATOR + organization.federation(unit);
    });
  }

  @Bean
  InstanceNamer clusterCeremonyName(OrganizationDirectory organization) {
    return new InstanceNamer(ClusterCeremony.KEY, execution -> {
      String number = Variables.text(execution, ClusterCeremony.Vars.DOCUMENT_NUMBER);
      String cluster = Variables.text(execution, ClusterCeremony.Vars.CLUSTER_CODE);
      Object year = execution.getVariable(ClusterCeremony.Vars.CAMPAIGN_YEAR);
      if (number == null || cluster == null) {
        return null;
      }
      String name = year instanceof Number y
          ? organization.cluster(y.intValue(), cluster).map(Cluster::name).orElse(cluster) : cluster;
      return number + SEPARATOR + name;
    });
  }
}
