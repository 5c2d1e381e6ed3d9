package vn.org.congdoanhanoi.phoihop.directive;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.records.attachment.DownloadableFiles;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;

/**
 * A recipient's evidence for an item, downloadable by the recipient's own people and the city at
 * {@code GET /api/directives/attachments?documentNumber=865-CV/HU&unitCode=gialam&part=1&name=evidenceFile}
 * (optional {@code &year=}, and {@code &issuer=} for a directive not issued by the city federation).
 */
@Configuration
class DirectiveAttachments {

  @Bean
  DownloadableFiles directiveFiles() {
    return new DownloadableFiles("directives", MatterKey.CITY_FEDERATION, DirectiveDuty.KEY,
        List.of(DirectiveDuty.Vars.EVIDENCE_FILE.name()), "văn bản chỉ đạo", (number, unit) -> number + "/" + unit);
  }
}
