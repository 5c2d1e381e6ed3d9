package vn.org.congdoanhanoi.phoihop.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The variables each start form and each user task form declares, per deployed process definition, read from the
 * forms the models reference ({@code camunda:formRef} Camunda Forms, {@code camunda:formKey} embedded forms). Built
 * once when the application is ready; a definition deployed later is read the first time it is asked for. A task or
 * start event without a readable form declares nothing, so nothing may be submitted to it.
 */
@Component
public class FormVariablesIndex {

  private static final Logger LOG = LoggerFactory.getLogger(FormVariablesIndex.class);
  private record ProcessForms(FormVariables start, Map<String, FormVariables> tasks) {}

  private final RepositoryService repositoryService;
  private final Map<String, ProcessForms> byDefinition = new ConcurrentHashMap<>();

  public FormVariablesIndex(@Lazy RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @EventListener(ApplicationReadyEvent.class)
  void indexDeployedModels() {
    repositoryService.createProcessDefinitionQuery().list().forEach(this::forms);
  }

  public FormVariables startForm(ProcessDefinition definition) {
    return forms(definition).start();
  }

  public FormVariables taskForm(ProcessDefinition definition, String taskDefinitionKey) {
    FormVariables form = forms(definition).tasks().get(taskDefinitionKey);
    return form == null ? FormVariables.none("(không có biểu mẫu)") : form;
  }

  private ProcessForms forms(ProcessDefinition definition) {
    return byDefinition.computeIfAbsent(definition.getId(), id -> read(definition));
  }

  private ProcessForms read(ProcessDefinition definition) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
    Map<String, FormVariables> tasks = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      tasks.put(task.getId(), form(definition, task.getCamundaFormKey(), task.getCamundaFormRef(),
          task.getCamundaFormRefBinding()));
    }
    FormVariables start = FormVariables.none("(không có biểu mẫu khởi tạo)");
    Process process = model.getModelElementById(definition.getKey());
    if (process != null) {
      for (StartEvent event : process.getChildElementsByType(StartEvent.class)) {
        if (event.getCamundaFormKey() != null || event.getCamundaFormRef() != null) {
          start = form(definition, event.getCamundaFormKey(), event.getCamundaFormRef(),
              event.getCamundaFormRefBinding());
        }
      }
    }
    return new ProcessForms(start, Map.copyOf(tasks));
  }

  private FormVariables form(ProcessDefinition definition, String formKey, String formRef, String binding) {
    try {
      if (formRef != null) {
        return camundaFormByRef(definition, formRef, binding);
      }
      if (formKey == null) {
        return FormVariables.none("(không có biểu mẫu)");
      }
      if (formKey.startsWith("embedded:")) {
        String location = formKey.substring("embedded:".length());
        return FormDeclarations.embeddedForm(location, text(definition, location));
      }
      if (formKey.startsWith("camunda-forms:")) {
        String location = formKey.substring("camunda-forms:".length());
        return FormDeclarations.camundaForm(location, text(definition, location));
      }
      LOG.warn("Form '{}' of {} is not read for its variables; nothing may be submitted to it", formKey,
          definition.getId());
    } catch (IOException | RuntimeException e) {
      LOG.error("Form '{}' of {} could not be read; nothing may be submitted to it", formKey != null ? formKey : formRef,
          definition.getId(), e);
    }
    return FormVariables.none(formKey != null ? formKey : formRef);
  }

  /** A Camunda Form referenced from the same deployment (the binding our models use). */
  private FormVariables camundaFormByRef(ProcessDefinition definition, String formRef, String binding)
      throws IOException {
    if (binding != null && !"deployment".equals(binding)) {
      LOG.warn("Form '{}' of {} is bound by '{}'; only 'deployment' is read, so nothing may be submitted to it",
          formRef, definition.getId(), binding);
      return FormVariables.none(formRef);
    }
    for (String resource : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
      if (resource.endsWith(".form")) {
        FormVariables form = FormDeclarations.camundaFormIfId(formRef, resource,
            deploymentResource(definition, resource));
        if (form != null) {
          return form;
        }
      }
    }
    LOG.warn("Form '{}' of {} is not in its deployment; nothing may be submitted to it", formRef, definition.getId());
    return FormVariables.none(formRef);
  }

  /**
   * "deployment:forms/signing/x.html" from the definition's own deployment; "/forms/x.html" (versions deployed
   * before the forms were) from the packaged form of that name.
   */
  private String text(ProcessDefinition definition, String location) throws IOException {
    if (location.startsWith("deployment:")) {
      return deploymentResource(definition, location.substring("deployment:".length()));
    }
    if (location.startsWith(LegacyEmbeddedForms.LEGACY_PREFIX)) {
      String file = location.substring(LegacyEmbeddedForms.LEGACY_PREFIX.length());
      return LegacyEmbeddedForms.text(file).orElseThrow(() -> new IOException("No packaged form " + file));
    }
    throw new IOException("Embedded form " + location + " is neither in the deployment nor a packaged form");
  }

  private String deploymentResource(ProcessDefinition definition, String name) throws IOException {
    try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
