package vn.org.congdoanhanoi.phoihop.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringTransactionContext;
import org.camunda.bpm.engine.spring.SpringTransactionContextFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Engine commands run inside a longer Spring transaction no longer keep their whole command context until that
 * transaction ends.
 *
 * <p>Camunda's {@link SpringTransactionContext} registers a transaction synchronization for every command, to know the
 * transaction's state, and that synchronization holds the command context: its entity cache, its MyBatis session and
 * executor, its operations. Inside one Spring transaction that issues many commands (the identity synchronisation of an
 * organisation import runs one per group, person, membership and grant), every context stays reachable until the
 * commit: 237,463 contexts, about 1.8 KB each, when a 10,000-unit organisation was applied (docs/performance.md), so
 * the heap grew with the organisation. This context drops its command context once the command has closed, unless the
 * command registered transaction listeners, which Camunda calls with the context at commit; the state tracking stays
 * Camunda's own.
 */
@Component
class ReleasingTransactionContexts extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // Read each time a command context opens, so setting it after init covers every command of the running engine.
    if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getTransactionManager() != null) {
      configuration.setTransactionContextFactory(new Factory(spring.getTransactionManager()));
    }
  }

  static final class Factory extends SpringTransactionContextFactory {
    Factory(PlatformTransactionManager transactionManager) {
      super(transactionManager);
    }

    @Override
    public TransactionContext openTransactionContext(CommandContext commandContext) {
      return new Releasing(transactionManager, commandContext);
    }
  }

  static final class Releasing extends SpringTransactionContext {
    private boolean listenersAdded;

    Releasing(PlatformTransactionManager transactionManager, CommandContext commandContext) {
      super(transactionManager, commandContext);
    }

    @Override
    public void addTransactionListener(TransactionState state, TransactionListener listener) {
      listenersAdded = true;
      super.addTransactionListener(state, listener);
    }

    // The command context calls commit or rollback last, when it closes.
    @Override
    public void commit() {
      super.commit();
      release();
    }

    @Override
    public void rollback() {
      super.rollback();
      release();
    }

    private void release() {
      if (!listenersAdded) {
        commandContext = null;
      }
    }
  }
}
