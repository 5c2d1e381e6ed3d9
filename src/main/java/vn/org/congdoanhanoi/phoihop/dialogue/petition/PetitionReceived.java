package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;

/**
 * A petition has just been stored, whatever its channel: published by {@link Petitions#receive} inside the storing
 * transaction, so a listener's work (ending a union's task) commits or rolls back with the petition.
 */
public record PetitionReceived(PlanId plan, String unionCode, PetitionChannel channel, long petitionId) {}
