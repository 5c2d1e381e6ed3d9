package vn.org.congdoanhanoi.phoihop.organization;

/**
 * A grassroots union (công đoàn cơ sở, CĐCS) under a district-level federation: a workplace's union. Its mailbox
 * ({@code email}) names it when it writes to the federation, so a mailbox belongs to one union only; its people,
 * if it has any accounts, are {@link Person}s with the role {@code GRASSROOTS_UNION} and this union's code.
 */
public record GrassrootsUnion(String code, String districtCode, String name, String email, String sector,
                              boolean exampleData) {

  /** The mailbox as looked up: {@link Mailboxes#normalise}. */
  public String mailbox() {
    return Mailboxes.normalise(email);
  }
}
