package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

/** A petition as the official saw it: its id and the version the page showed. */
public record SeenPetition(long id, int version) {}
