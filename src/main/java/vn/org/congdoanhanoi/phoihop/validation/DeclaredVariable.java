package vn.org.congdoanhanoi.phoihop.validation;


/**
 * A variable a form lets its user submit. A read-only field (context shown on the form) may be sent back only with
 * the value it already has, and is then not written again.
 *
 * @param label the field's label on the form, for messages; may be null
 */
public record DeclaredVariable(String name, VariableKind kind, boolean readOnly, String label) {

  /** "venue (Địa điểm)" or "venue". */
  public String describe() {
    return label == null || label.isBlank() ? name : name + " (" + label.strip() + ")";
  }
}
