package vn.org.congdoanhanoi.phoihop.signing.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.records.attachment.DownloadableFiles;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;

/**
 * A unit's attachments in a campaign (the draft regulation, the signed regulation's scan), downloadable by the unit's
 * own people and the city at
 * {@code GET /api/signing-campaigns/attachments?documentNumber=222/LĐLĐ&unitCode=gialam&name=draftRegulation}
 * (optional {@code &year=2022} when the number was launched in several years; default the most recent).
 */
@Configuration
class UnitSigningAttachments {

  @Bean
  DownloadableFiles unitSigningFiles() {
    return new DownloadableFiles("signing-campaigns", MatterKey.CITY_FEDERATION, UnitSigning.KEY,
        UnitSigning.Vars.ATTACHMENTS.stream().map(ProcessVariable::name).toList(), "đợt ký kết", UnitSigning::businessKey);
  }
}
