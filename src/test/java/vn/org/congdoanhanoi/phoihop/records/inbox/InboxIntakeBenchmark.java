package vn.org.congdoanhanoi.phoihop.records.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;

/**
 * Intake throughput: fills the GreenMail mailbox with {@code messages} petitions (and {@code duplicates} second
 * copies of some of them, same Message-ID), then times the intake reading them all over IMAP, one transaction per
 * message on PostgreSQL, {@code batchSize} per poll, and counts what arrived: every message handled exactly once,
 * every copy marked. {@link #run} is the hook for the project's benchmark; as a class it is not part of the test
 * suite (its name does not end in Test). Run it with
 * {@code mvn -o -q test-compile surefire:test@default-test -Dtest=InboxIntakeBenchmark -Dinbox.messages=10000}.
 */
public class InboxIntakeBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(InboxIntakeBenchmark.class);

  /** What one run measured; {@code handledTwice} and {@code lost} must be 0. */
  public record Figures(int messages, int duplicates, int polls, double seconds, int handledTwice, int lost,
                        int markedOnServer) {

    public double messagesPerSecond() {
      return (messages + duplicates) / seconds;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "IMAP intake: %d messages + %d duplicate copies in %d polls, %.1f s, %.0f "
              + "messages/s; handled twice: %d, lost: %d, marked on the server: %d", messages, duplicates, polls,
          seconds, messagesPerSecond(), handledTwice, lost, markedOnServer);
    }
  }

  @Test
  void intakeThroughput() throws Exception {
    Figures figures = run(Integer.getInteger("inbox.messages", 10_000), Integer.getInteger("inbox.duplicates", 100),
        Integer.getInteger("inbox.batch-size", 500));
    System.out.println(figures);
    assertThat(figures.handledTwice()).isZero();
    assertThat(figures.lost()).isZero();
  }

  public static Figures run(int messages, int duplicates, int batchSize) throws Exception {
    InboxTestServers.reset();
    for (int i = 1; i <= messages; i++) {
      InboxTestServers.user().deliver(petition(i));
      if (i <= duplicates) {
        InboxTestServers.user().deliver(petition(i));
      }
    }
    try (ConfigurableApplicationContext context = InboxTestApplication.start(
        "phoihop.inbox.mailboxes." + InboxTestApplication.MAILBOX + ".batch-size=" + batchSize)) {
      MailIntake intake = context.getBean(MailIntake.class);
      long start = System.nanoTime();
      int polls = 0;
      PollResult result;
      do {
        result = intake.poll(InboxTestApplication.MAILBOX);
        polls++;
      } while (result.pending() > 0 && polls <= (messages + duplicates) / batchSize + 2);
      double seconds = (System.nanoTime() - start) / 1e9;
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      int rows = jdbc.queryForObject("select count(*) from inbox_test_received", Integer.class);
      int distinct = jdbc.queryForObject("select count(distinct message_id) from inbox_test_received", Integer.class);
      int taken = context.getBean(InboxLedger.class).entries(null, Status.TAKEN, 0, Integer.MAX_VALUE).size();
      Figures figures = new Figures(messages, duplicates, polls, seconds, rows - distinct,
          messages - Math.min(distinct, taken), InboxTestServers.withKeyword(MailboxPoller.TAKEN_KEYWORD));
      LOG.info("{}", figures);
      return figures;
    }
  }

  private static jakarta.mail.internet.MimeMessage petition(int number) throws MessagingException {
    return TestMails.petition("<kn-" + number + "@benchmark.gialam.example>", "cdcs" + number
        + RecordingHandler.KNOWN_DOMAIN, "Kiến nghị số " + number + " - Kế hoạch 477/KH-LĐLĐ",
        "Kiến nghị về việc làm và đời sống của công nhân, số " + number + ".");
  }
}
