package vn.org.congdoanhanoi.phoihop.notification;

import static vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables.CLUSTER_NAME;
import static vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables.DOCUMENT_NUMBER;
import static vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables.SUBJECT;
import static vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables.UNIT_CODE;
import static vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables.UNIT_NAME;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;

/**
 * What a mail is about, read from the process variables every process of the federation uses: the document
 * ({@code documentNumber}, {@code subject}) and the unit ({@code unitName}, else {@code clusterName}, else the
 * federation of {@code unitCode}).
 */
public record Matter(String documentNumber, String subject, String unitName) {

  public static Matter of(VariableScope scope, OrganizationDirectory organization) {
    String unit = UNIT_NAME.optional(scope)
        .or(() -> CLUSTER_NAME.optional(scope))
        .or(() -> UNIT_CODE.optional(scope).map(organization::federation))
        .orElse(null);
    return new Matter(DOCUMENT_NUMBER.orNull(scope), SUBJECT.orNull(scope), unit);
  }
}
