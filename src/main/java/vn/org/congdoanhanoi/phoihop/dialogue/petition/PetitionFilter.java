package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/** Which petitions of a plan a page lists; a null criterion does not filter. */
public record PetitionFilter(PlanId plan, PetitionTopic topic, String unionCode, PetitionState state,
                             String departmentCode) {}
