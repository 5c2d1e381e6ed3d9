package vn.org.congdoanhanoi.phoihop.dialogue.consolidation;

import java.time.LocalDateTime;

/** One line of a petition's trail: who changed it, when, and what. */
public record PetitionChange(LocalDateTime at, String by, ChangeKind kind, String kindLabel, String detail) {}
