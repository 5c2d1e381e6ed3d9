package vn.org.congdoanhanoi.phoihop.dialogue.answer;

/** A petition's answer as the department saw it on its sheet: the petition and the draft's version (0: none yet). */
public record SeenAnswer(long id, int version) {}
