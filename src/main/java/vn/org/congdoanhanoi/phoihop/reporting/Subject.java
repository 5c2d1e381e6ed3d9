package vn.org.congdoanhanoi.phoihop.reporting;


/**
 * Who or what one row of a compliance matrix follows: a unit (signing), a recipient of a directive, a petition of a
 * dialogue conference. {@code unitCode} is the unit whose people see the row ({@code AccessPolicy}); null when
 * only the city does.
 */
public record Subject(SubjectKind kind, String code, String label, String unitCode, String unitName) {

  /** A unit that is its own subject, as in a signing campaign. */
  public static Subject unit(String unitCode, String unitName) {
    return new Subject(SubjectKind.UNIT, unitCode, unitName, unitCode, unitName);
  }
}
