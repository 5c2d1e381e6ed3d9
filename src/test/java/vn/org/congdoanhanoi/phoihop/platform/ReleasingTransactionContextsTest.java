package vn.org.congdoanhanoi.phoihop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;

/**
 * Engine commands inside one long Spring transaction (an organisation import issues hundreds of thousands) must not
 * keep their command contexts until it commits; a command that registered a transaction listener keeps its context,
 * which the listener is given at the commit.
 */
@PostgresIntegrationTest
class ReleasingTransactionContextsTest {

  @Autowired
  ProcessEngineConfiguration configuration;

  @Autowired
  PlatformTransactionManager transactionManager;

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired();
  }

  @Test
  void theEngineUsesTheReleasingContexts() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).getTransactionContextFactory())
        .isInstanceOf(ReleasingTransactionContexts.Factory.class);
  }

  @Test
  void closedCommandsInsideALongTransactionCanBeCollectedBeforeItCommits() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      List<WeakReference<CommandContext>> contexts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        contexts.add(commands().execute(context -> {
          context.getProcessDefinitionManager().findLatestProcessDefinitionByKey("signing-campaign");
          return new WeakReference<>(context);
        }));
      }
      awaitCollected(contexts);
      assertThat(contexts).allSatisfy(reference -> assertThat(reference.get()).isNull());
    });
  }

  @Test
  void identityWritesInsideALongTransactionDoNotKeepTheirContexts() {
    // What an organisation import does tens of thousands of times: users written one command each.
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      List<WeakReference<CommandContext>> contexts = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String id = "releasing-ctx-" + i;
        contexts.add(commands().execute(context -> {
          context.getWritableIdentityProvider().saveUser(context.getWritableIdentityProvider().createNewUser(id));
          return new WeakReference<>(context);
        }));
      }
      awaitCollected(contexts);
      assertThat(contexts).allSatisfy(reference -> assertThat(reference.get()).isNull());
      status.setRollbackOnly();
    });
  }

  @Test
  void aCommandWithATransactionListenerKeepsItsContextForTheCommit() {
    AtomicReference<CommandContext> givenAtCommit = new AtomicReference<>();
    AtomicReference<CommandContext> opened = new AtomicReference<>();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> commands().execute(context -> {
      opened.set(context);
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, givenAtCommit::set);
      return null;
    }));
    assertThat(givenAtCommit.get()).isNotNull().isSameAs(opened.get());
  }

  private static void awaitCollected(List<WeakReference<CommandContext>> contexts) {
    for (int attempt = 0; attempt < 20 && contexts.stream().anyMatch(r -> r.get() != null); attempt++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
