package vn.org.congdoanhanoi.phoihop.platform.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Puts {@link ThrottledLoginIdentityProvider} in place of Camunda's database identity provider. */
@Component
class LoginThrottlingPlugin extends AbstractProcessEnginePlugin {

  private final LockedAccountAlert alert;

  LoginThrottlingPlugin(@Lazy LockedAccountAlert alert) {
    this.alert = alert;
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
        return new ThrottledLoginIdentityProvider(alert);
      }
    });
  }
}
