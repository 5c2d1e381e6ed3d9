package vn.org.congdoanhanoi.phoihop.notification;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.organization.OrganizationDirectory;
import vn.org.congdoanhanoi.phoihop.kernel.variables.Variables;

/**
 * What a mail is about, read from the process variables every process of the federation uses: the document
 * ({@code documentNumber}, {@code subject}) and the unit ({@code unitName}, else {@code clusterName}, else the
 * federation of {@code unitCode}).
 */
public record Matter(String documentNumber, String subject, String unitName) {

  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String SUBJECT = "subject";
  public static final String UNIT_NAME = "unitName";
  public static final String UNIT_CODE = "unitCode";
  public static final String CLUSTER_NAME = "clusterName";

  public static Matter of(VariableScope scope, OrganizationDirectory organization) {
    String unit = Variables.text(scope, UNIT_NAME);
    if (unit == null) {
      unit = Variables.text(scope, CLUSTER_NAME);
    }
    if (unit == null && Variables.text(scope, UNIT_CODE) != null) {
      unit = organization.federation(Variables.text(scope, UNIT_CODE));
    }
    return new Matter(Variables.text(scope, DOCUMENT_NUMBER), Variables.text(scope, SUBJECT), unit);
  }
}
