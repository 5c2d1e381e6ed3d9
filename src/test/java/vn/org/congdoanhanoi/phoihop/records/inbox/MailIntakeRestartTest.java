package vn.org.congdoanhanoi.phoihop.records.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;

/**
 * The application stopped in the middle of a poll and started again (a new context on the same database and
 * mailbox): after the handler's commit but before the mark, before the commit, and between two messages. Each
 * message is handled exactly once in the end, and every one is marked.
 */
class MailIntakeRestartTest {

  private static final String UNION = "bch.donganh" + RecordingHandler.KNOWN_DOMAIN;
  private ConfigurableApplicationContext context;

  @BeforeEach
  void emptyMailboxAndTables() throws Exception {
    InboxTestServers.reset();
  }

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void committedButNotMarkedWhenTheApplicationDiesIsOnlyMarkedAfterTheRestart() throws Exception {
    send(3);
    try (ImapCutter cutter = new ImapCutter(InboxTestServers.imapPort())) {
      context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.port=" + cutter.port());
      // Right after the second message's transaction commits, the connection dies: the marks of the chunk (sent
      // after its messages were handled) never reach the server.
      handler().before = mail -> {
        if (mail.messageId().equals(id(2))) {
          TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              cutter.cut();
            }
          });
        }
      };
      assertThatThrownBy(() -> intake().poll(InboxTestApplication.MAILBOX)).isInstanceOf(MessagingException.class);
      context.close();
      assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isZero();

      context = InboxTestApplication.start("phoihop.inbox.mailboxes.petitions.port=" + cutter.port());
      assertThat(receivedRows()).isEqualTo(3);
      PollResult afterRestart = intake().poll(InboxTestApplication.MAILBOX);

      assertThat(afterRestart.markedOnly()).isEqualTo(3);
      assertThat(afterRestart.handled()).isZero();
      assertEachHandledOnceAndMarked(3);
    }
  }

  @Test
  void stoppedBeforeTheCommitTheMessageIsHandledOnceAfterTheRestart() throws Exception {
    send(3);
    context = InboxTestApplication.start();
    CountDownLatch inHandler = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    handler().before = mail -> {
      if (mail.messageId().equals(id(2))) {
        inHandler.countDown();
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Stopped while handling", e);
        }
      }
    };
    MailIntake firstIntake = intake();
    CompletableFuture<PollResult> poll = CompletableFuture.supplyAsync(() -> pollQuietly(firstIntake));
    assertThat(inHandler.await(60, TimeUnit.SECONDS)).isTrue();

    context.close();

    assertThat(poll.get(60, TimeUnit.SECONDS).handled()).isEqualTo(1);
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(1);
    context = InboxTestApplication.start();
    PollResult afterRestart = intake().poll(InboxTestApplication.MAILBOX);

    assertThat(afterRestart.handled()).isEqualTo(2);
    assertThat(afterRestart.markedOnly()).isZero();
    assertEachHandledOnceAndMarked(3);
    // The interrupted attempt was the application's stop, not the handler's failure: it is not counted.
    assertThat(jdbc().queryForObject("select attempts from inbox_message where message_id = ?", Integer.class, id(2)))
        .isZero();
  }

  @Test
  void stoppedBetweenTwoMessagesThePollEndsAfterTheCurrentOneAndTheRestartTakesTheRest() throws Exception {
    send(10);
    context = InboxTestApplication.start();
    MailIntake firstIntake = intake();
    CountDownLatch atFourth = new CountDownLatch(1);
    handler().before = mail -> {
      if (mail.messageId().equals(id(4))) {
        atFourth.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (firstIntake.isRunning() && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
      }
    };
    CompletableFuture<PollResult> poll = CompletableFuture.supplyAsync(() -> pollQuietly(firstIntake));
    assertThat(atFourth.await(60, TimeUnit.SECONDS)).isTrue();

    context.close();

    assertThat(poll.get(60, TimeUnit.SECONDS).handled()).isEqualTo(4);
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(4);
    context = InboxTestApplication.start();
    assertThat(intake().poll(InboxTestApplication.MAILBOX).handled()).isEqualTo(6);
    assertEachHandledOnceAndMarked(10);
  }

  private void assertEachHandledOnceAndMarked(int messages) throws MessagingException {
    assertThat(jdbc().queryForObject("select count(*) from inbox_test_received", Integer.class)).isEqualTo(messages);
    assertThat(jdbc().queryForObject("select count(distinct message_id) from inbox_test_received", Integer.class))
        .isEqualTo(messages);
    assertThat(bean(InboxLedger.class).entries(null, Status.TAKEN, 0, 100)).hasSize(messages);
    assertThat(InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD)).isEqualTo(messages);
    assertThat(intake().poll(InboxTestApplication.MAILBOX).pending()).isZero();
  }

  private static PollResult pollQuietly(MailIntake intake) {
    try {
      return intake.poll(InboxTestApplication.MAILBOX);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(int count) throws MessagingException {
    for (int i = 1; i <= count; i++) {
      InboxTestServers.send(TestMails.petition(id(i), UNION, "Kiến nghị số " + i, "Nội dung kiến nghị " + i + "."));
    }
  }

  private static String id(int number) {
    return "<kn-" + number + "@donganh.example>";
  }

  private int receivedRows() {
    return jdbc().queryForObject("select count(*) from inbox_test_received", Integer.class);
  }

  private MailIntake intake() {
    return bean(MailIntake.class);
  }

  private RecordingHandler handler() {
    return bean(RecordingHandler.class);
  }

  private JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  private <T> T bean(Class<T> type) {
    return context.getBean(type);
  }
}
