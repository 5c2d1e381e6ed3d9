package vn.org.congdoanhanoi.phoihop.notification;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariables;

/**
 * What a mail is about, read from the process variables every process of the federation uses: the document
 * ({@code documentNumber}, {@code subject}) and the unit ({@code unitName}, else {@code clusterName}, else the
 * federation of {@code unitCode}).
 */
public record Matter(String documentNumber, String subject, String unitName) {

  /**
   * Variables every process of the federation shares, declared once here and referenced by each process's own
   * declarations. Document number and symbol, e.g. "222/LĐLĐ".
   */
  public static final ProcessVariable<String> DOCUMENT_NUMBER = ProcessVariables.text("documentNumber");
  public static final ProcessVariable<String> SUBJECT = ProcessVariables.text("subject");
  public static final ProcessVariable<String> UNIT_NAME = ProcessVariables.text("unitName");
  /** Code of a unit of the organisation file, e.g. "hoankiem". */
  public static final ProcessVariable<String> UNIT_CODE = ProcessVariables.text("unitCode");
  public static final ProcessVariable<String> CLUSTER_NAME = ProcessVariables.text("clusterName");

  public static Matter of(VariableScope scope, OrganizationDirectory organization) {
    String unit = UNIT_NAME.optional(scope)
        .or(() -> CLUSTER_NAME.optional(scope))
        .or(() -> UNIT_CODE.optional(scope).map(organization::federation))
        .orElse(null);
    return new Matter(DOCUMENT_NUMBER.orNull(scope), SUBJECT.orNull(scope), unit);
  }
}
