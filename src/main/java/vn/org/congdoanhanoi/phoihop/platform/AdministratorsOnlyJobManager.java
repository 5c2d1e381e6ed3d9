package vn.org.congdoanhanoi.phoihop.platform;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;

/**
 * Camunda's job manager, except that suspending or activating a single job of no process is refused to anyone but
 * administrators: that one command consults no {@link org.camunda.bpm.engine.impl.cfg.CommandChecker} at all for
 * such a job, so {@link EngineAccessChecker} never hears of it.
 */
class AdministratorsOnlyJobManager extends JobManager {

  @Override
  public void updateJobSuspensionStateById(String jobId, SuspensionState suspensionState) {
    EngineAccessChecker.requireAdministratorForJobOfNoProcess(findJobById(jobId));
    super.updateJobSuspensionStateById(jobId, suspensionState);
  }

  /** Replaces the engine's job manager session. */
  static final class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return JobManager.class;
    }

    @Override
    public Session openSession() {
      return new AdministratorsOnlyJobManager();
    }
  }
}
