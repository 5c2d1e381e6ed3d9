package vn.org.congdoanhanoi.phoihop.signing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A DelegateExecution backed by a map, for testing delegates without an engine. */
final class FakeExecution {

  final Map<String, Object> variables = new HashMap<>();
  final DelegateExecution execution = mock(DelegateExecution.class);

  FakeExecution(Map<String, ?> initial) {
    variables.putAll(initial);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(execution.getVariables()).thenAnswer(call -> new HashMap<>(variables));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1)))
        .when(execution).setVariable(anyString(), any());
  }
}
