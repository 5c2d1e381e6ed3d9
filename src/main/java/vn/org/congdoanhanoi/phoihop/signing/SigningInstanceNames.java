package vn.org.congdoanhanoi.phoihop.signing;

import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.cluster.ClusterCeremony;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.organization.Cluster;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;

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
      String subject = Variables.text(execution, SigningCampaign.Vars.SUBJECT);
      return letter == null ? null : subject == null ? letter : letter + SEPARATOR + subject;
    });
  }

  @Bean
  InstanceNamer unitSigningName(OrganizationDirectory organization) {
    return new InstanceNamer(UnitSigning.KEY, execution -> {
      String letter = letter(execution);
      String unit = Variables.text(execution, UnitSigning.Vars.UNIT_CODE);
      return letter == null || unit == null ? null : letter + SEPARATOR + organization.federation(unit);
    });
  }

  @Bean
  InstanceNamer clusterCeremonyName(OrganizationDirectory organization) {
    return new InstanceNamer(ClusterCeremony.KEY, execution -> {
      String letter = letter(execution);
      String cluster = Variables.text(execution, ClusterCeremony.Vars.CLUSTER_CODE);
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
    String number = Variables.text(execution, SigningCampaign.Vars.DOCUMENT_NUMBER);
    Integer year = year(execution);
    return number == null ? null : year == null ? number : number + " (" + year + ")";
  }

  /**
   * The letter's year: {@code campaignYear} in the processes it is handed to; at the campaign's start, before it is
   * set, the year of {@code issuedOn}, as {@link CampaignId#of} reads it. Leniently: a name never fails a start,
   * the start's own validation says what is wrong.
   */
  private static Integer year(VariableScope execution) {
    if (execution.getVariable(SigningCampaign.Vars.CAMPAIGN_YEAR) instanceof Number year) {
      return year.intValue();
    }
    String issuedOn = Variables.text(execution, SigningCampaign.Vars.ISSUED_ON);
    try {
      return issuedOn == null || issuedOn.length() < 10 ? null : LocalDate.parse(issuedOn.substring(0, 10)).getYear();
    } catch (DateTimeParseException malformed) {
      return null;
    }
  }
}
