package vn.org.congdoanhanoi.phoihop.dialogue.petition;

/** How a petition reached the district federation. */
public enum PetitionChannel {
  /** A union's task "Gửi kiến nghị" in Tasklist. */
  TASKLIST,
  /** {@code POST /api/dialogue-conferences/petitions} from another system. */
  REST,
  /** A mail to the federation's mailbox, read over IMAP. */
  EMAIL,
  /** A paper petition typed into a spreadsheet and imported. */
  IMPORT
}
