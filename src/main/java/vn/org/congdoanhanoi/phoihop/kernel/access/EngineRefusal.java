package vn.org.congdoanhanoi.phoihop.kernel.access;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal by one of our rules inside the engine. It is an {@link AuthorizationException}, so the engine rolls back
 * and every API answers 403, but unlike Camunda's own its message is written for the user and shown as it is.
 */
public class EngineRefusal extends AuthorizationException {

  public EngineRefusal(String message) {
    super(message);
  }
}
