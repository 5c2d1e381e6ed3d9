package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.time.LocalDateTime;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionState;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;

/**
 * A petition on a department's answer sheet with its draft answer: {@code version} is the draft's (0 while there is
 * none), what a save names so that two people never overwrite each other's answer; {@code merged} counts the
 * duplicates merged into it, which its answer answers too.
 */
public record SheetPetition(long id, String unionCode, String unionName, PetitionTopic topic, String topicLabel,
                            String text, PetitionState state, String stateLabel, int merged, String answer,
                            String templateCode, AnswerState answerState, String answerStateLabel, String reviewNote,
                            LocalDateTime savedAt, String savedBy, int version) {}
