package vn.org.congdoanhanoi.phoihop.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.variables.MatterVariables;

/**
 * The four Tasklist filters every user sees. Queries use expressions evaluated for the user who opens them, so
 * one filter serves every unit; authorizations still decide which tasks appear.
 */
@Component
@RequiredArgsConstructor
public class TasklistFilters {

  static final String MY_TASKS = "Việc của tôi";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String DUE_SOON = "Sắp đến hạn";
  static final String OVERDUE = "Quá hạn";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  void ensureFilters() {
    ensure(MY_TASKS, -10, "Công việc đang giao cho tôi",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(UNIT_TASKS, -5, "Công việc của các nhóm tôi thuộc về, kể cả việc đã có người nhận",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    ensure(DUE_SOON, 0, "Công việc đến hạn xử lý trong 3 ngày tới",
        taskService.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3)}"));
    ensure(OVERDUE, 5, "Công việc đã quá hạn xử lý",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // Shown on every task card in Tasklist, so an official sees the matter without opening the task.
    properties.put("variables", List.of(
        Map.of("name", MatterVariables.DOCUMENT_NUMBER.name(), "label", "Văn bản"),
        Map.of("name", MatterVariables.UNIT_NAME.name(), "label", "Đơn vị")));
    Filter filter;
    if (existing.isEmpty()) {
      filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
      filterService.saveFilter(filter);
    } else {
      filter = existing.get(0);
      if (!properties.equals(filter.getProperties())) {
        filterService.saveFilter(filter.setProperties(properties));
      }
    }
    boolean readableByAll = authorizationService.createAuthorizationQuery().resourceType(FILTER)
        .resourceId(filter.getId()).userIdIn(Authorization.ANY).count() > 0;
    if (!readableByAll) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setResource(FILTER);
      authorization.setResourceId(filter.getId());
      authorization.addPermission(READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
