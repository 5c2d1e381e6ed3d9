package vn.org.congdoanhanoi.phoihop.dialogue.conference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.conference.DialogueConference.Vars;
import vn.org.congdoanhanoi.phoihop.dialogue.union.UnionPetitions;

/**
 * {@code ServiceTask_InviteUnions} (asynchronous, in a loop until every union is invited): starts the next batch of
 * {@code dialogue-union-petitions} instances, one per union, each with its own task. A batch is one transaction of
 * bounded size, so a district of 2,000 unions is 20 short jobs instead of one that starts 2,000 instances (and queues
 * 2,000 mails) at once, and the conference's own execution tree never holds the unions.
 */
@Component
public class InviteUnionsDelegate implements JavaDelegate {

  private final GrassrootsUnions unions;
  private final RuntimeService runtime;
  private final int batchSize;

  InviteUnionsDelegate(GrassrootsUnions unions, @Lazy RuntimeService runtime,
                       @Value("${phoihop.dialogue.invitation-batch-size:100}") int batchSize) {
    this.unions = unions;
    this.runtime = runtime;
    this.batchSize = Math.max(1, batchSize);
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> codes = Vars.GRASSROOTS_UNITS.required(execution);
    int from = Vars.UNIONS_INVITED.optional(execution).orElse(0);
    int to = Math.min(codes.size(), from + batchSize);
    String number = Vars.PLAN_NUMBER.required(execution);
    for (String union : codes.subList(from, to)) {
      Map<String, Object> variables = new HashMap<>();
      UnionPetitions.Vars.PLAN_NUMBER.putInto(variables, number);
      UnionPetitions.Vars.ISSUED_ON.putInto(variables, Vars.ISSUED_ON.required(execution));
      UnionPetitions.Vars.UNIT_CODE.putInto(variables, Vars.UNIT_CODE.required(execution));
      UnionPetitions.Vars.GRASSROOTS_UNIT_CODE.putInto(variables, union);
      UnionPetitions.Vars.GRASSROOTS_UNIT_NAME.putInto(variables,
          unions.union(union).map(GrassrootsUnions.Union::name).orElse(union));
      UnionPetitions.Vars.UNION_GROUP.putInto(variables, unions.group(union));
      UnionPetitions.Vars.DEADLINE.putInto(variables, Vars.PETITION_DEADLINE.required(execution));
      UnionPetitions.Vars.PETITIONS_CLOSE_AT.putInto(variables, Vars.PETITIONS_CLOSE_AT.required(execution));
      runtime.startProcessInstanceByKey(UnionPetitions.KEY, UnionPetitions.businessKey(number, union), variables);
    }
    Vars.UNIONS_INVITED.set(execution, to);
    Vars.ALL_UNIONS_INVITED.set(execution, to >= codes.size());
  }
}
