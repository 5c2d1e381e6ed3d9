package vn.org.congdoanhanoi.phoihop.validation;


/** One thing wrong with submitted values: the variable (form field key) and what to fix, in Vietnamese. */
public record Violation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
