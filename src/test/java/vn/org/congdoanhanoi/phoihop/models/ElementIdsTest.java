package vn.org.congdoanhanoi.phoihop.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The element ids in code are the ids of the models: every constant of a process class's {@code Elements} names an
 * element of that process's BPMN (and every {@code Messages} constant one of its messages), and every activity and
 * every boundary or intermediate event has a constant, as has any element whose id code or tests spell out.
 * The process classes are found in src/main/java (a class with {@code KEY} and {@code Elements}), their models
 * anywhere under bpmn/ by process id.
 */
class ElementIdsTest {

  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void every_element_constant_names_an_element_of_its_process() {
    Map<String, BpmnModelInstance> models = models();
    List<String> dangling = new ArrayList<>();
    for (Class<?> process : processClasses()) {
      BpmnModelInstance model = models.get(key(process));
      assertThat(model).as("no model in bpmn/ for process %s (%s)", key(process), process.getSimpleName()).isNotNull();
      constants(process, "Elements").forEach((field, id) -> {
        if (model.getModelElementById(id) == null) {
          dangling.add(process.getSimpleName() + ".Elements." + field + " = " + id);
        }
      });
      Set<String> messages = new HashSet<>();
      model.getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
      constants(process, "Messages").forEach((field, name) -> {
        if (!messages.contains(name)) {
          dangling.add(process.getSimpleName() + ".Messages." + field + " = " + name);
        }
      });
    }
    assertThat(dangling).as("constants that name no element of their process's model").isEmpty();
  }

  @Test
  void every_activity_and_boundary_or_intermediate_event_has_a_constant() {
    Map<String, BpmnModelInstance> models = models();
    List<String> missing = new ArrayList<>();
    for (Class<?> process : processClasses()) {
      Set<String> declared = new HashSet<>(constants(process, "Elements").values());
      for (FlowNode node : models.get(key(process)).getModelElementsByType(FlowNode.class)) {
        boolean mustBeNamed = node instanceof Activity || node instanceof BoundaryEvent
            || node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent;
        if (mustBeNamed && !declared.contains(node.getId())) {
          missing.add(key(process) + ": " + node.getId());
        }
      }
    }
    assertThat(missing).as("activities and events without a constant in their process's Elements").isEmpty();
  }

  @Test
  void every_element_id_spelled_out_in_code_or_tests_has_a_constant() throws IOException {
    Set<String> ids = new HashSet<>();
    models().values().forEach(model -> model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId())));
    Set<String> declared = new HashSet<>();
    processClasses().forEach(process -> declared.addAll(constants(process, "Elements").values()));
    List<String> undeclared = new ArrayList<>();
    Pattern literal = Pattern.compile("\"([A-Za-z]+_[A-Za-z0-9]+)\"");
    for (Path root : List.of(MAIN, Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            if (ids.contains(m.group(1)) && !declared.contains(m.group(1))) {
              undeclared.add(root.relativize(file) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(undeclared).as("element ids used in code or tests without a constant in Elements").isEmpty();
  }

  /** Process id → model, from every .bpmn under bpmn/ (whatever its folder). */
  private static Map<String, BpmnModelInstance> models() {
    Map<String, BpmnModelInstance> models = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      files.filter(p -> p.toString().endsWith(".bpmn")).forEach(file -> {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(Process.class).forEach(p -> models.put(p.getId(), model));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return models;
  }

  /** Classes of src/main/java with a KEY constant and a nested Elements class: one per process. */
  private static List<Class<?>> processClasses() {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (source.contains("static final class Elements") && source.contains("static final String KEY")) {
          String name = MAIN.relativize(file).toString().replace('\\', '/').replace(".java", "").replace('/', '.');
          classes.add(Class.forName(name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    assertThat(classes).isNotEmpty();
    return classes;
  }

  private static String key(Class<?> process) {
    try {
      return (String) process.getField("KEY").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Field name → value of the String constants of a nested class ("Elements", "Messages"), if it has one. */
  private static Map<String, String> constants(Class<?> process, String nested) {
    Map<String, String> constants = new HashMap<>();
    for (Class<?> inner : process.getDeclaredClasses()) {
      if (inner.getSimpleName().equals(nested)) {
        for (Field field : inner.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
            try {
              field.setAccessible(true);
              constants.put(field.getName(), (String) field.get(null));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
    return constants;
  }
}
