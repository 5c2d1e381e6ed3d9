package vn.org.congdoanhanoi.phoihop.kernel.api;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A request lost a race that the database decided (a unique row already taken, a booking already made, a task
 * already completed). Answered with 409 and the Vietnamese message, which tells the caller what happened and that
 * it may look again and retry ("thử lại"). Thrown inside the engine it rolls the whole transaction back, so the
 * loser leaves nothing behind; it extends {@link ProcessEngineException} so the engine does not wrap it.
 */
public class ConflictException extends ProcessEngineException {

  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
