package vn.org.congdoanhanoi.phoihop.signing;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/**
 * Readable names of the signing instances in Cockpit: the letter and who it is about, e.g.
 * "222/LĐLĐ (2022) – Liên đoàn Lao động huyện Gia Lâm" for the business key "222/LĐLĐ/gialam". The year is part of
 * every name: numbers restart every year, so the business keys of 222/LĐLĐ of 2022 and of 2025 are the same, and
 * a name given in 2022 cannot know that the number will come back.
 */
@Configuration
class SigningInstanceNames {

  static final String SEPARATOR = " – ";

  @Bean
  InstanceNamer signingCampaignName() {
    return new InstanceNamer(SigningCampaign.KEY, execution -> {
      String letter = letter(execution);
      String subject = SigningCampaign.Vars.SUBJECT.orNull(execution);
      return letter == null ? null : subject == null ? letter : letter + SEPARATOR + subject;
    });
  }

  @Bean
  InstanceNamer unitSigningName(OrganizationDirectory organization) {
    return new InstanceNamer(UnitSigning.KEY, execution -> {
      String letter = letter(execution);
      String unit = UnitSigning.Vars.UNIT_CODE.orNull(execution);
      return letter == null || unit == null ? null : letter + SEPARATOR + organization.federation(unit);
    });
  }

  @Bean
  InstanceNamer clusterCeremonyName(OrganizationDirectory organization) {
    return new InstanceNamer(ClusterCeremony.KEY, execution -> {
      String letter = letter(execution);
      String cluster = ClusterCeremony.Vars.CLUSTER_CODE.orNull(execution);
      Integer year = year(execution);
      if (letter == null || cluster == null) {
        return null;
      }
      String name = year != null ? organization.cluster(year, cluster).map(Cluster::name).orElse(cluster) : cluster;
      return letter + SEPARATOR + name;
    });
  }

  /** "222/LĐLĐ (2022)"; the number alone when the year is unknown (a start about to be refused for it). */
  static String letter(VariableScope execution) {
    String number = SigningCampaign.Vars.DOCUMENT_NUMBER.orNull(execution);
    Integer year = year(execution);
    return number == null ? null : year == null ? number : number + " (" + year + ")";
  }

  /**
   * The letter's year: {@code campaignYear} in the processes it is handed to; at the campaign's start, before it is
   * set, the year of {@code issuedOn}, as {@link CampaignId#of} reads it. Leniently: a name never fails a start,
   * the start's own validation says what is wrong.
   */
  private static Integer year(VariableScope execution) {
    try {
      return SigningCampaign.Vars.CAMPAIGN_YEAR.optional(execution)
          .or(() -> SigningCampaign.Vars.ISSUED_ON.optional(execution).map(LocalDate::getYear)).orElse(null);
    } catch (IllegalStateException malformed) {
      return null;
    }
  }
}
