package vn.org.congdoanhanoi.phoihop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.models.RepositoryFiles;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;
import vn.org.congdoanhanoi.phoihop.signing.unit.UnitSigning;

/** The variables each form declares, read from the forms as shipped, and the guard's validators by process. */
class FormDeclarationsTest {

  static String form(String name) throws Exception {
    return Files.readString(RepositoryFiles.form(name), StandardCharsets.UTF_8);
  }

  @Test
  void aCamundaFormDeclaresItsKeyedFieldsWithTheirKindsAndItsReadOnlyContext() throws Exception {
    FormVariables schedule = FormDeclarations.camundaForm("unit-signing-schedule", form("unit-signing-schedule.form"));
    assertThat(schedule.get(UnitSigning.Vars.CEREMONY_DATE.name())).isEqualTo(new DeclaredVariable(UnitSigning.Vars.CEREMONY_DATE.name(), VariableKind.DATE, false, "Ngày tổ chức"));
    assertThat(schedule.get(UnitSigning.Vars.CEREMONY_TIME.name()).kind()).isEqualTo(VariableKind.TIME);
    assertThat(schedule.get(UnitSigning.Vars.LOCAL_SCHEDULE_ACTION.name()).kind()).isEqualTo(VariableKind.TEXT);
    assertThat(schedule.get(SigningCampaign.Vars.DEADLINE.name()).readOnly()).as("shown inside a group, read-only").isTrue();
    assertThat(schedule.get(UnitSigning.Vars.UNIT_CODE.name())).isNull();
    assertThat(schedule.get(UnitSigning.Vars.CEREMONY_VENUE.name()).label()).isEqualTo("Địa điểm");

    FormVariables await = FormDeclarations.camundaForm("await", form("unit-signing-await-cluster.form"));
    assertThat(await.get(UnitSigning.Vars.WITHDRAW_FROM_CLUSTER.name()).kind()).isEqualTo(VariableKind.BOOLEAN);
  }

  @Test
  void disabledAndLayoutComponentsDeclareNothing() throws Exception {
    FormVariables form = FormDeclarations.camundaForm("x", """
        {"components": [
          {"type": "text", "text": "Hướng dẫn"},
          {"type": "textfield", "key": "shown", "disabled": true},
          {"type": "number", "key": "count"},
          {"type": "group", "components": [{"type": "checkbox", "key": "agreed"}]},
          {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "street"}]},
          {"type": "expression", "key": "computed"}]}""");
    assertThat(form.variables().keySet()).containsExactly("count", "agreed", "computed");
    assertThat(form.get("count").kind()).isEqualTo(VariableKind.NUMBER);
    assertThat(form.get("computed").readOnly()).as("an unknown field may only echo its value").isTrue();
  }

  @Test
  void anEmbeddedFormDeclaresItsCamVariablesAndItsDeclarationBlock() throws Exception {
    FormVariables proposal = FormDeclarations.embeddedForm("proposal", form("unit-signing-proposal.html"));
    assertThat(proposal.get(UnitSigning.Vars.PROPOSED_DATE.name()).kind()).isEqualTo(VariableKind.DATE);
    assertThat(proposal.get(UnitSigning.Vars.PROPOSED_TIME.name()).kind()).isEqualTo(VariableKind.TIME);
    assertThat(proposal.get(UnitSigning.Vars.DRAFT_REGULATION.name()).kind()).isEqualTo(VariableKind.FILE);
    assertThat(proposal.get(UnitSigning.Vars.UNIT_CODE.name()).readOnly()).isTrue();
    assertThat(proposal.get(SigningCampaign.Vars.DEADLINE.name()).readOnly()).isTrue();
    assertThat(proposal.get(UnitSigning.Vars.CLUSTER_CODE.name())).isNull();
    // The campaign's year is an Integer variable: Tasklist sends it back as one, and it is read-only.
    assertThat(proposal.get(SigningCampaign.Vars.CAMPAIGN_YEAR.name()).kind()).isEqualTo(VariableKind.NUMBER);
    assertThat(proposal.get(SigningCampaign.Vars.CAMPAIGN_YEAR.name()).readOnly()).isTrue();
    FormVariables outcome = FormDeclarations.embeddedForm("outcome", form("unit-signing-outcome.html"));
    assertThat(outcome.get(UnitSigning.Vars.SIGNED_REGULATION_SCAN.name()).kind()).isEqualTo(VariableKind.FILE);
    assertThat(outcome.get(UnitSigning.Vars.CEREMONY_DATE.name()).readOnly()).isTrue();

    FormVariables plain = FormDeclarations.embeddedForm("plain", """
        <form><input type="text" cam-variable-name="amount" cam-variable-type="Long">
        <input type="checkbox" cam-variable-name="approved" cam-variable-type="Boolean" />
        <input type="file" cam-variable-name="invoice" cam-variable-type="File">
        <input type="text" cam-variable-name="customer" readonly>
        <select cam-variable-name="region"></select></form>""");
    assertThat(plain.get("amount").kind()).isEqualTo(VariableKind.NUMBER);
    assertThat(plain.get("approved").kind()).isEqualTo(VariableKind.BOOLEAN);
    assertThat(plain.get("invoice").kind()).isEqualTo(VariableKind.FILE);
    assertThat(plain.get("customer").readOnly()).isTrue();
    assertThat(plain.get("region").kind()).isEqualTo(VariableKind.TEXT);
  }

  @Test
  void twoProcessesMayEachHaveATaskOfTheSameIdWithItsOwnValidator() {
    TaskSubmissionValidator a = validator("a");
    TaskSubmissionValidator b = validator("b");
    TaskValidators validators = new TaskValidators(List.of(a, b));
    assertThat(validators.of("a", "Task_Proposal")).containsSame(a);
    assertThat(validators.of("b", "Task_Proposal")).containsSame(b);
    assertThat(validators.of("c", "Task_Proposal")).isEmpty();
  }

  @Test
  void aSecondValidatorForTheSameTaskOfTheSameProcessStopsTheStartUp() {
    assertThatThrownBy(() -> new TaskValidators(List.of(validator("a"), validator("a"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Task_Proposal");
  }

  static TaskSubmissionValidator validator(String processKey) {
    return new TaskSubmissionValidator() {
      @Override
      public String processDefinitionKey() {
        return processKey;
      }

      @Override
      public String taskDefinitionKey() {
        return "Task_Proposal";
      }

      @Override
      protected void check(Submission submission, List<String> userGroups) {}
    };
  }

  @Test
  void aQuotedValueIsCutAfterSixtyCharacters() {
    assertThat(Submission.quote("x".repeat(1_000_000))).hasSize(61).endsWith("…");
    assertThat(Submission.quote("222/LĐLĐ")).isEqualTo("222/LĐLĐ");
  }
}
