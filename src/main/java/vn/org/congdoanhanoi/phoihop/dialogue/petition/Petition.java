package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored petition as the consolidation page and the REST API show it (its files named, not their content);
 * {@code version} counts
 * its consolidation changes, and a change names the version it saw so that two officials never overwrite each other.
 */
public record Petition(long id, String unionCode, PetitionTopic topic, String topicLabel, String text,
                       String originalText, PetitionChannel channel, LocalDateTime receivedAt, PetitionState state,
                       String stateLabel, Long mergedInto, Long splitFrom, String departmentCode, String answer,
                       List<PetitionFile> attachments, int version) {

  /** One file sent with the petition; its content is downloaded apart ({@code …/petitions/{id}/attachments/{n}}). */
  public record PetitionFile(long id, String fileName, String contentType, long size) {}

  Petition withAttachments(List<PetitionFile> files) {
    return new Petition(id, unionCode, topic, topicLabel, text, originalText, channel, receivedAt, state, stateLabel,
        mergedInto, splitFrom, departmentCode, answer, List.copyOf(files), version);
  }
}
