package vn.org.congdoanhanoi.phoihop.dialogue.session;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.org.congdoanhanoi.phoihop.kernel.naming.InstanceNamer;
import vn.org.congdoanhanoi.phoihop.records.attachment.DownloadableFiles;

/**
 * What {@code dialogue-commitment} shows outside its own steps. Its Cockpit name: "477/KH-LĐLĐ (2023) – Kết luận số
 * 12 của Chủ tịch UBND – gialam". A department's result file for a commitment, downloadable by the district's people and the city at
 * {@code GET /api/dialogue-commitments/attachments?documentNumber=477/KH-LĐLĐ&year=2023&issuer=gialam&unitCode=gialam
 * &part=<commitment id>&name=commitmentFile}; its {@code /policy} gives the upload limit to the conference's forms.
 */
@Configuration
class CommitmentPresentation {

  @Bean
  InstanceNamer dialogueCommitmentName() {
    return new InstanceNamer(Commitment.KEY, execution -> {
      String number = Commitment.Vars.PLAN_NUMBER.orNull(execution);
      String id = Commitment.Vars.COMMITMENT_ID.orNull(execution);
      String district = Commitment.Vars.UNIT_CODE.orNull(execution);
      return number == null || id == null || district == null ? null
          : number + Commitment.Vars.ISSUED_ON.optional(execution).map(d -> " (" + d.getYear() + ")").orElse("")
              + " – Kết luận số " + id + " của Chủ tịch UBND – " + district;
    });
  }

  @Bean
  DownloadableFiles dialogueCommitmentFiles() {
    return new DownloadableFiles("dialogue-commitments", null, Commitment.KEY,
        List.of(Commitment.Vars.RESULT_FILE.name()), "kế hoạch Hội nghị đối thoại", (number, district) -> number);
  }
}
