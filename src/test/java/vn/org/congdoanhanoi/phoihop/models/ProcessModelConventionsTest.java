package vn.org.congdoanhanoi.phoihop.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions every model in bpmn/&lt;family&gt;/ keeps, checked without an engine: readable ids, Vietnamese names,
 * a diagram for every element, logic in Java beans, a form of its own family (forms/&lt;family&gt;/, deployed with it),
 * candidate groups and a due date on every user task.
 */
class ProcessModelConventionsTest {

  private static final Pattern MODELER_DEFAULT_ID = Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|"
      + "Task|SequenceFlow|Process)_[0-9a-z]{7}");
  private static final Pattern VIETNAMESE_OR_EMPTY = Pattern.compile(".*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final String EMBEDDED_FROM_DEPLOYMENT = "embedded:deployment:";

  static Stream<Path> models() throws IOException {
    return RepositoryFiles.under(RepositoryFiles.MODELS, ".bpmn").stream();
  }

  private static BpmnModelInstance read(Path model) {
    return Bpmn.readModelFromFile(model.toFile());
  }

  @ParameterizedTest
  @MethodSource("models")
  void isExecutableAndValid(Path model) {
    BpmnModelInstance instance = read(model);
    Bpmn.validateModel(instance);
    assertThat(instance.getModelElementsByType(Process.class)).allMatch(Process::isExecutable);
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasAMeaningfulIdAndEveryActivityAVietnameseName(Path model) {
    BpmnModelInstance instance = read(model);
    for (BaseElement element : instance.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null) {
        assertThat(MODELER_DEFAULT_ID.matcher(element.getId()).matches()).as("Modeler default id %s", element.getId())
            .isFalse();
      }
    }
    for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
      // Joining gateways and parallel forks ask no question, so they need no name.
      boolean unnamedAllowed = node instanceof org.camunda.bpm.model.bpmn.instance.Gateway
          && (node.getOutgoing().size() == 1 || node instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway);
      // A user task may carry its matter in a computed title ("Đôn đốc: <đơn vị> (<văn bản>)").
      boolean computedName = node instanceof UserTask && node.getName() != null && node.getName().startsWith("${");
      if (!unnamedAllowed && !computedName) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
        assertThat(node.getName()).as("Vietnamese name of %s", node.getId()).matches(VIETNAMESE_OR_EMPTY);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementIsDrawn(Path model) {
    BpmnModelInstance instance = read(model);
    Set<String> drawn = new java.util.HashSet<>();
    instance.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    instance.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    List<String> undrawn = instance.getModelElementsByType(FlowElement.class).stream()
        .filter(e -> e instanceof FlowNode || e instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow)
        .map(BaseElement::getId).filter(id -> !drawn.contains(id)).toList();
    assertThat(undrawn).as("elements without a shape or edge").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void serviceTasksCallSpringBeansAndThereAreNoScripts(Path model) {
    BpmnModelInstance instance = read(model);
    for (ServiceTask task : instance.getModelElementsByType(ServiceTask.class)) {
      boolean bean = task.getCamundaDelegateExpression() != null && task.getCamundaDelegateExpression().startsWith("${");
      boolean connector = task.getExtensionElements() != null && !task.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector.class).list().isEmpty();
      // Mail and webhooks: an external task served by the application's own worker (NotificationWorker).
      boolean worker = "external".equals(task.getCamundaType()) && task.getCamundaTopic() != null
          && task.getCamundaTopic().startsWith("phoihop-");
      assertThat(bean || connector || worker)
          .as("service task %s uses a delegate expression, a connector or a phoihop-* worker topic", task.getId())
          .isTrue();
    }
    assertThat(instance.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ScriptTask.class)).isEmpty();
    assertThat(instance.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript.class))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasAFormOfItsFamilyCandidateGroupsAndADueDate(Path model) throws IOException {
    String family = RepositoryFiles.family(model);
    Set<String> formIds = formIds(family);
    for (UserTask task : read(model).getModelElementsByType(UserTask.class)) {
      String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      String formKey = task.getCamundaFormKey();
      if (formRef != null) {
        assertThat(formIds).as("form %s of %s in forms/%s/", formRef, task.getId(), family).contains(formRef);
        assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding"))
            .isEqualTo("deployment");
      } else {
        // An embedded form comes from the model's own deployment, so every version keeps the form it was made with.
        assertThat(formKey).as("form of %s", task.getId()).startsWith(EMBEDDED_FROM_DEPLOYMENT + "forms/" + family + "/");
        assertThat(Path.of(formKey.substring(EMBEDDED_FROM_DEPLOYMENT.length()))).as("form of %s", task.getId())
            .isRegularFile();
      }
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyBranchingExclusiveGatewayHasADefaultFlow(Path model) {
    for (ExclusiveGateway gateway : read(model).getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        assertThat(gateway.getDefault()).as("default flow of %s", gateway.getId()).isNotNull();
      }
    }
  }

  private static Set<String> formIds(String family) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Collection<String> ids = new ArrayList<>();
    for (Path form : RepositoryFiles.under(RepositoryFiles.FORMS.resolve(family), ".form")) {
      String id = json.readTree(form.toFile()).get("id").asText();
      assertThat(form.getFileName().toString()).isEqualTo(id + ".form");
      ids.add(id);
    }
    return ids.stream().collect(Collectors.toSet());
  }
}
