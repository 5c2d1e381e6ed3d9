package vn.org.congdoanhanoi.phoihop.platform.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.IdentityChanges;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/** Puts {@link ThrottledLoginIdentityProvider} in place of Camunda's database identity provider. */
@Component
class LoginThrottlingPlugin extends AbstractProcessEnginePlugin {

  private final LockedAccountAlert alert;
  private final EngineClock clock;
  private final IdentityChanges changes;

  LoginThrottlingPlugin(@Lazy LockedAccountAlert alert, EngineClock clock, IdentityChanges changes) {
    this.alert = alert;
    this.clock = clock;
    this.changes = changes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return DbIdentityServiceProvider.class;
      }

      @Override
      public Session openSession() {
        return new ThrottledLoginIdentityProvider(alert, clock, changes);
      }
    });
  }
}
