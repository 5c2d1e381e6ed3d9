package vn.org.congdoanhanoi.phoihop.records.inbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxEntry.Status;
import vn.org.congdoanhanoi.phoihop.records.inbox.InboxLedger.ClaimedElsewhere;

/**
 * One poll of one mailbox: the messages not marked yet, oldest first, at most {@code batch-size}; each one handled
 * in its own transaction together with its ledger row, and marked on the server only after that transaction
 * committed. A message whose row is already finished was handled before (the application stopped between the
 * commit and the mark): it is only marked. Marking is the IMAP keyword {@value #TAKEN_KEYWORD} (or
 * {@value #FAILED_KEYWORD}) with \Seen, plus a move to the processed folder when one is configured; the search skips
 * marked messages by keyword, so people reading the mailbox (and setting \Seen) change nothing.
 */
final class MailboxPoller {

  static final String TAKEN_KEYWORD = "phoihop-taken";
  static final String FAILED_KEYWORD = "phoihop-failed";
  private static final int CHUNK_MESSAGES = 200;
  private static final long CHUNK_BYTES = 16L * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);
  private static final SearchTerm NOT_MARKED = new AndTerm(new SearchTerm[] {
      new FlagTerm(new Flags(TAKEN_KEYWORD), false), new FlagTerm(new Flags(FAILED_KEYWORD), false),
      new FlagTerm(new Flags(Flags.Flag.DELETED), false)});

  private final String name;
  private final InboxProperties.Mailbox mailbox;
  private final IncomingMailHandler handler;
  private final InboxLedger ledger;
  private final TransactionTemplate transactions;
  private final EngineClock clock;
  private final IncomingMailParser parser;
  private final Session session;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Thread polling;

  MailboxPoller(String name, InboxProperties.Mailbox mailbox, IncomingMailHandler handler, InboxLedger ledger,
                TransactionTemplate transactions, EngineClock clock) {
    this.name = name;
    this.mailbox = mailbox;
    this.handler = handler;
    this.ledger = ledger;
    this.transactions = transactions;
    this.clock = clock;
    this.parser = new IncomingMailParser(name, mailbox);
    this.session = Session.getInstance(sessionProperties(mailbox));
  }

  String name() {
    return name;
  }

  InboxProperties.Mailbox mailbox() {
    return mailbox;
  }

  ReentrantLock lock() {
    return lock;
  }

  /** The thread polling now, if any: a stopping application interrupts it once its wait is over. */
  Thread pollingThread() {
    return polling;
  }

  /**
   * Polls once, on the caller's thread; a concurrent poll of the same mailbox waits for this one.
   *
   * @param goOn asked before each message; false (the application stops) ends the poll after the current message
   */
  PollResult poll(BooleanSupplier goOn) throws MessagingException {
    lock.lock();
    polling = Thread.currentThread();
    try {
      return pollLocked(goOn);
    } finally {
      polling = null;
      lock.unlock();
    }
  }

  private PollResult pollLocked(BooleanSupplier goOn) throws MessagingException {
    Tally tally = new Tally();
    Store store = session.getStore(mailbox.protocol());
    store.connect(mailbox.host(), mailbox.effectivePort(), mailbox.username(), mailbox.password());
    try {
      Folder folder = store.getFolder(mailbox.folder());
      folder.open(Folder.READ_WRITE);
      Folder processed = processedFolder(store);
      boolean expunge = false;
      try {
        Message[] pending = folder.search(NOT_MARKED);
        Message[] batch = Arrays.copyOf(pending, Math.min(pending.length, mailbox.batchSize()));
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        sizes.add("Message-ID");
        folder.fetch(batch, sizes);
        for (List<Message> chunk : chunks(batch)) {
          if (!goOn.getAsBoolean()) {
            break;
          }
          expunge |= takeChunk(folder, processed, chunk, goOn, tally);
        }
        return tally.result(pending.length);
      } finally {
        if (folder.isOpen()) {
          folder.close(expunge);
        }
      }
    } finally {
      store.close();
    }
  }

  /**
   * Downloads a chunk of messages in one IMAP command, takes them one transaction each, then marks those finished
   * in one command per keyword. A stop (or a broken connection) before the marks leaves finished rows in the ledger:
   * the next poll only marks those messages. Returns whether the folder needs an expunge.
   */
  private boolean takeChunk(Folder folder, Folder processed, List<Message> chunk, BooleanSupplier goOn, Tally tally)
      throws MessagingException {
    Message[] wanted = chunk.stream().filter(m -> size(m) <= mailbox.maxMessageSize().toBytes())
        .toArray(Message[]::new);
    FetchProfile bodies = new FetchProfile();
    bodies.add(IMAPFolder.FetchProfileItem.MESSAGE);
    folder.fetch(wanted, bodies);
    List<Message> taken = new ArrayList<>();
    List<Message> failed = new ArrayList<>();
    for (Message message : chunk) {
      if (!goOn.getAsBoolean()) {
        break;
      }
      Status status = tally.count(take(message, goOn));
      if (status == Status.FAILED) {
        failed.add(message);
      } else if (status != null && status.finished()) {
        taken.add(message);
      }
    }
    mark(folder, failed, FAILED_KEYWORD);
    mark(folder, taken, TAKEN_KEYWORD);
    if (processed == null || taken.isEmpty()) {
      return false;
    }
    // COPY + \Deleted + EXPUNGE works on every IMAP server (MOVE is an extension); the keyword is set before, so a
    // stop between the copy and the expunge leaves marked messages that are never taken again.
    Message[] moved = taken.toArray(Message[]::new);
    folder.copyMessages(moved, processed);
    folder.setFlags(moved, new Flags(Flags.Flag.DELETED), true);
    return true;
  }

  /** Up to {@value #CHUNK_MESSAGES} messages and {@value #CHUNK_BYTES} bytes (a larger message alone). */
  private static List<List<Message>> chunks(Message[] batch) {
    List<List<Message>> chunks = new ArrayList<>();
    List<Message> chunk = new ArrayList<>();
    long bytes = 0;
    for (Message message : batch) {
      long size = size(message);
      if (!chunk.isEmpty() && (chunk.size() >= CHUNK_MESSAGES || bytes + size > CHUNK_BYTES)) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        bytes = 0;
      }
      chunk.add(message);
      bytes += size;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private static long size(Message message) {
    try {
      return Math.max(message.getSize(), 0);
    } catch (MessagingException e) {
      return 0;
    }
  }

  private static void mark(Folder folder, List<Message> messages, String keyword) throws MessagingException {
    if (!messages.isEmpty()) {
      Flags flags = new Flags(Flags.Flag.SEEN);
      flags.add(keyword);
      folder.setFlags(messages.toArray(Message[]::new), flags, true);
    }
  }

  /** Counts of one poll. */
  private static final class Tally {
    private int handled;
    private int markedOnly;
    private int retrying;
    private int failed;

    Status count(Step step) {
      if (step.status() == Status.RETRYING) {
        retrying++;
      } else if (step.status() == Status.FAILED) {
        failed++;
      } else if (step.status() != null && step.handledNow()) {
        handled++;
      } else if (step.status() != null) {
        markedOnly++;
      }
      return step.status();
    }

    PollResult result(int pending) {
      return new PollResult(pending, handled, markedOnly, retrying, failed);
    }
  }

  /** What became of one message: its status ({@code null}: left for another node or the next poll). */
  private record Step(Status status, boolean handledNow) {}

  private Step take(Message message, BooleanSupplier goOn) throws MessagingException {
    if (message.getSize() > mailbox.maxMessageSize().toBytes()) {
      return refuseUnread(idFromHeaders(message), "Thư lớn hơn "
          + IncomingMailParser.readable(mailbox.maxMessageSize()) + ", không được nhận.");
    }
    byte[] raw = bytes(message);
    IncomingMail mail;
    try {
      mail = parser.parse(raw, clock.instant());
    } catch (UnreadableMailException e) {
      String messageId;
      try {
        messageId = parser.messageId(raw);
      } catch (UnreadableMailException again) {
        messageId = MessageIds.derived(raw);
      }
      return refuseUnread(messageId, e.getMessage());
    }
    try {
      return transactions.execute(status -> {
        Status before = ledger.claim(name, mail.messageId(), mail.sender(), mail.subject());
        if (before.finished()) {
          return new Step(before, false);
        }
        Outcome outcome = handler.handle(mail);
        if (outcome == null) {
          throw new IllegalStateException("The handler of mailbox " + name + " returned no outcome");
        }
        ledger.finish(name, mail.messageId(), Status.of(outcome.kind()), outcome.reason(), outcome.reference());
        return new Step(Status.of(outcome.kind()), true);
      });
    } catch (ClaimedElsewhere e) {
      return new Step(null, false);
    } catch (RuntimeException e) {
      if (!goOn.getAsBoolean()) {
        LOG.info("Mailbox {}: the application stopped while {} was being handled; nothing of it was committed and "
            + "the next poll takes it", name, mail.messageId());
        return new Step(null, false);
      }
      return failed(mail, e);
    }
  }

  private Step failed(IncomingMail mail, RuntimeException error) {
    String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
    try {
      Status status = transactions.execute(s -> ledger.failedAttempt(name, mail.messageId(), mail.sender(),
          mail.subject(), reason, mailbox.maxAttempts()));
      if (status == Status.FAILED) {
        LOG.error("Mailbox {}: message {} from {} failed {} times and is set aside (keyword {}): {}", name,
            mail.messageId(), mail.sender(), mailbox.maxAttempts(), FAILED_KEYWORD, reason, error);
      } else {
        LOG.warn("Mailbox {}: message {} from {} failed and is tried again at the next poll: {}", name,
            mail.messageId(), mail.sender(), reason);
      }
      return new Step(status, false);
    } catch (ClaimedElsewhere e) {
      return new Step(null, false);
    }
  }

  private Step refuseUnread(String messageId, String reason) {
    try {
      return transactions.execute(s -> {
        Status before = ledger.claim(name, messageId, null, null);
        if (!before.finished()) {
          ledger.finish(name, messageId, Status.REJECTED, reason, null);
          LOG.warn("Mailbox {}: message {} refused unread: {}", name, messageId, reason);
          return new Step(Status.REJECTED, true);
        }
        return new Step(before, false);
      });
    } catch (ClaimedElsewhere e) {
      return new Step(null, false);
    }
  }

  private Folder processedFolder(Store store) throws MessagingException {
    if (!mailbox.moves()) {
      return null;
    }
    Folder processed = store.getFolder(mailbox.processedFolder());
    if (!processed.exists() && !processed.create(Folder.HOLDS_MESSAGES)) {
      throw new MessagingException("Cannot create the processed folder " + mailbox.processedFolder());
    }
    return processed;
  }

  private static byte[] bytes(Message message) throws MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
    try {
      message.writeTo(out);
    } catch (IOException e) {
      throw new MessagingException("Cannot read message " + message.getMessageNumber(), e);
    }
    return out.toByteArray();
  }

  /** The key of a message too large to download: its Message-ID, else a hash of its headers and size. */
  private static String idFromHeaders(Message message) throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    String own = ids == null ? null : MessageIds.wellFormed(ids[0]);
    if (own != null) {
      return own;
    }
    String headers = Collections.list(message.getAllHeaders()).stream()
        .map(h -> h.getName() + ":" + h.getValue()).collect(Collectors.joining("\n"));
    return MessageIds.derived(headers + "\n" + message.getSize());
  }

  private static Properties sessionProperties(InboxProperties.Mailbox mailbox) {
    String protocol = mailbox.protocol();
    String timeout = String.valueOf(mailbox.timeout().toMillis());
    Properties properties = new Properties();
    properties.put("mail.store.protocol", protocol);
    properties.put("mail." + protocol + ".connectiontimeout", timeout);
    properties.put("mail." + protocol + ".timeout", timeout);
    properties.put("mail." + protocol + ".writetimeout", timeout);
    // Reading a message must not set \Seen on the server: only the mark after the commit says "taken".
    properties.put("mail." + protocol + ".peek", "true");
    properties.put("mail." + protocol + ".fetchsize", String.valueOf(256 * 1024));
    if ("imaps".equals(protocol)) {
      properties.put("mail.imaps.ssl.checkserveridentity", "true");
    } else if (mailbox.starttls()) {
      properties.put("mail.imap.starttls.enable", "true");
      properties.put("mail.imap.starttls.required", "true");
      properties.put("mail.imap.ssl.checkserveridentity", "true");
    }
    return properties;
  }
}
