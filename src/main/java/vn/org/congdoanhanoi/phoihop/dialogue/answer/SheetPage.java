package vn.org.congdoanhanoi.phoihop.dialogue.answer;

import java.util.List;

/** One page of a sheet's petitions: {@code total} matching ones; {@code unanswered} of the whole sheet. */
public record SheetPage(long total, long unanswered, int page, int size, List<SheetPetition> items) {}
