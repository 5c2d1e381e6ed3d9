package vn.org.congdoanhanoi.phoihop.dialogue.closing;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;

/** The plan a running {@code dialogue-conference} carries out, read from its variables. */
final class ConferencePlans {

  private ConferencePlans() {}

  static PlanId plan(VariableScope conference) {
    return new PlanId(Vars.UNIT_CODE.required(conference), Vars.ISSUED_ON.required(conference).getYear(),
        Vars.PLAN_NUMBER.required(conference));
  }
}
