package vn.org.congdoanhanoi.phoihop.reporting;

/** One column of a compliance matrix: a step every unit must reach, e.g. "PROPOSAL" – "Gửi đề xuất". */
public record Milestone(String id, String label) {}
