package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.time.LocalDateTime;

/**
 * A stored petition as the consolidation page and the REST API show it (without its files); {@code version} counts
 * its consolidation changes, and a change names the version it saw so that two officials never overwrite each other.
 */
public record Petition(long id, String unionCode, PetitionTopic topic, String topicLabel, String text,
                       String originalText, PetitionChannel channel, LocalDateTime receivedAt, PetitionState state,
                       String stateLabel, Long mergedInto, Long splitFrom, String departmentCode, String answer,
                       int attachments, int version) {}
