package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.records.attachment.DownloadableFiles;

/**
 * A department's result file for a commitment, downloadable by the district's people and the city at
 * {@code GET /api/dialogue-commitments/attachments?documentNumber=477/KH-LĐLĐ&year=2023&issuer=gialam&unitCode=gialam
 * &part=<commitment id>&name=commitmentFile}; its {@code /policy} gives the upload limit to the conference's forms.
 */
@Configuration
class CommitmentFiles {

  @Bean
  DownloadableFiles dialogueCommitmentFiles() {
    return new DownloadableFiles("dialogue-commitments", null, Commitment.KEY,
        List.of(Commitment.Vars.RESULT_FILE.name()), "kế hoạch Hội nghị đối thoại", (number, district) -> number);
  }
}
