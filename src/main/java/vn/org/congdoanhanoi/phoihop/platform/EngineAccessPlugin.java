package vn.org.congdoanhanoi.phoihop.platform;

import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.organization.StartableProcess;

/**
 * Puts {@link EngineAccessChecker} into the engine next to Camunda's checks, with what it needs: the job manager that
 * also guards single-job suspension, and a refused job execution that costs the job no retry; and Camunda's
 * authorization checks without their per-command scan of every group holding an authorization
 * ({@link EveryGroupAuthorizationManager}).
 */
@Component
@RequiredArgsConstructor
class EngineAccessPlugin extends AbstractProcessEnginePlugin {

  private final List<StartableProcess> startableProcesses;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new AdministratorsOnlyJobManager.Factory());
    factories.add(new EveryGroupAuthorizationManager.Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // After init: Camunda fills the list with its own checkers only when it is still empty.
    configuration.getCommandCheckers().add(new EngineAccessChecker(startableProcesses).commandChecker());
    configuration.setFailedJobCommandFactory(new RefusalIsNoJobFailure(configuration.getFailedJobCommandFactory()));
  }
}
