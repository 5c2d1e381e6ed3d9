package vn.org.congdoanhanoi.phoihop.notification;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/** What {@link NotificationWorker} does for one external-task topic: deliver one notification, or throw. */
interface NotificationTopic {

  String topic();

  /** The process variables a delivery reads (fetched with the task, nothing else is). */
  List<String> variables();

  /** Worker threads for this topic: a hanging receiver holds at most these, never a job-executor thread. */
  int threads();

  /**
   * Delivers the notification of this task; {@code keepLock} renews the task's lock and throws if another worker
   * owns it now, and must be called before each step that talks to the outside.
   *
   * @return variables to set when the task completes
   */
  Map<String, Object> deliver(LockedExternalTask task, Runnable keepLock);
}
