package vn.org.congdoanhanoi.phoihop.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user task a {@link TaskSubmissionValidator} guards: its process's key and its BPMN id. Validators are found by
 * this pair, so two processes may each have a {@code Task_Proposal}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValidatesTask {

  /** The process definition key, e.g. {@code UnitSigning.KEY}. */
  String process();

  /** The user task's id in that process, e.g. {@code UnitSigning.Elements.PROPOSAL}. */
  String task();
}
