package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Incoming mail ({@code phoihop.inbox} in application.yaml): named mailboxes read over IMAP, each served by the
 * {@link IncomingMailHandler} bean of the same name. A mailbox without a host is off.
 *
 * @param mailboxes the mailboxes by name (the name a handler answers in {@link IncomingMailHandler#mailbox()})
 * @param shutdownWait how long a stopping application lets a message being handled finish before interrupting it
 */
@ConfigurationProperties("phoihop.inbox")
public record InboxProperties(Map<String, Mailbox> mailboxes, @DefaultValue("30s") Duration shutdownWait) {

  public InboxProperties {
    mailboxes = mailboxes == null ? Map.of() : new LinkedHashMap<>(mailboxes);
  }

  /**
   * One IMAP mailbox.
   *
   * @param host the IMAP server; empty: the mailbox is not read
   * @param port the server's port; empty: 993 for {@code imaps}, 143 for {@code imap}
   * @param protocol {@code imaps} (TLS from the first byte) or {@code imap} (with STARTTLS unless switched off)
   * @param starttls with {@code imap}: require STARTTLS (only a test server on the loopback goes without)
   * @param folder the folder read, usually {@code INBOX}
   * @param processedFolder where a handled message is moved after its transaction committed; empty: it stays, with
   *     the keyword {@value MailboxPoller#TAKEN_KEYWORD}
   * @param pollInterval the pause between two polls
   * @param batchSize messages handled per poll, at most (each in its own transaction)
   * @param maxAttempts failed attempts of a handler before the message is set aside as failed
   * @param timeout connect, read and write timeout of the IMAP connection (JavaMail waits for ever otherwise)
   * @param maxMessageSize a larger message is refused unread
   * @param maxAttachmentSize a larger attachment is left out (and named in {@link IncomingMail#refusedAttachments()})
   * @param maxAttachments attachments kept per message; further ones are left out
   * @param maxTextLength characters of text kept; longer text is cut
   */
  public record Mailbox(String host, Integer port, @DefaultValue("imaps") String protocol,
                        @DefaultValue("true") boolean starttls, String username, String password,
                        @DefaultValue("INBOX") String folder, String processedFolder,
                        @DefaultValue("1m") Duration pollInterval, @DefaultValue("200") int batchSize,
                        @DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration timeout,
                        @DefaultValue("30MB") DataSize maxMessageSize, @DefaultValue("10MB") DataSize maxAttachmentSize,
                        @DefaultValue("20") int maxAttachments, @DefaultValue("100000") int maxTextLength) {

    public Mailbox {
      if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
        throw new IllegalArgumentException("phoihop.inbox: protocol must be imap or imaps, not " + protocol);
      }
      if (batchSize < 1 || maxAttempts < 1 || maxAttachments < 0 || maxTextLength < 1) {
        throw new IllegalArgumentException("phoihop.inbox: batch-size, max-attempts and max-text-length must be "
            + "at least 1, max-attachments at least 0");
      }
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("phoihop.inbox: poll-interval must be positive");
      }
    }

    public boolean enabled() {
      return host != null && !host.isBlank();
    }

    int effectivePort() {
      return port != null ? port : "imaps".equals(protocol) ? 993 : 143;
    }

    boolean moves() {
      return processedFolder != null && !processedFolder.isBlank();
    }
  }
}
