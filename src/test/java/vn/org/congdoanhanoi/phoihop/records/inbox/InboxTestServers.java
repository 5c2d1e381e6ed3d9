package vn.org.congdoanhanoi.phoihop.records.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import vn.org.congdoanhanoi.phoihop.PostgresTestDatabase;

/**
 * The outside world of the intake, once per test JVM: GreenMail's SMTP server (unions send their mail) and IMAP
 * server (the district federation's mailbox), and a PostgreSQL database of their own on the shared embedded server,
 * so the intake's contexts can start and stop without touching the shared application's data.
 */
final class InboxTestServers {

  static final String ADDRESS = "kiennghi@ldld.gialam.example";
  static final String LOGIN = "kiennghi-gialam";
  static final String PASSWORD = "MatKhau@Gialam2023";
  private static final String DATABASE = "inbox_intake";

  private static GreenMail mail;
  private static GreenMailUser user;
  private static String jdbcUrl;

  private InboxTestServers() {}

  static synchronized GreenMail mail() {
    if (mail == null) {
      mail = new GreenMail(new ServerSetup[] {
          new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
          new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
      mail.start();
      user = mail.setUser(ADDRESS, LOGIN, PASSWORD);
    }
    return mail;
  }

  static GreenMailUser user() {
    mail();
    return user;
  }

  static int imapPort() {
    return mail().getImap().getPort();
  }

  /** The intake's database, created on the shared embedded PostgreSQL server once per JVM. */
  static synchronized String jdbcUrl() {
    if (jdbcUrl == null) {
      String shared = PostgresTestDatabase.jdbcUrl();
      try (Connection c = DriverManager.getConnection(shared, "postgres", ""); Statement s = c.createStatement()) {
        s.execute("create database " + DATABASE + " encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the intake's test database", e);
      }
      jdbcUrl = shared.replace("/" + PostgresTestDatabase.DATABASE + "?", "/" + DATABASE + "?");
    }
    return jdbcUrl;
  }

  /** An empty mailbox, ledger and handler tables: each test starts from nothing. */
  static void reset() throws SQLException, com.icegreen.greenmail.store.FolderException {
    mail().purgeEmailFromAllMailboxes();
    try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", ""); Statement s = c.createStatement()) {
      s.execute("create table if not exists inbox_test_received (message_id varchar(300) not null, "
          + "sender varchar(320), subject varchar(500), body text, received_at timestamp not null)");
      s.execute("create table if not exists inbox_test_attachment (message_id varchar(300) not null, "
          + "name varchar(300) not null, content_type varchar(200) not null, content bytea not null)");
      s.execute("truncate inbox_test_received, inbox_test_attachment");
      if (hasLedger(c)) {
        s.execute("truncate inbox_message");
      }
    }
  }

  private static boolean hasLedger(Connection c) throws SQLException {
    try (var tables = c.getMetaData().getTables(null, null, "inbox_message", null)) {
      return tables.next();
    }
  }

  /** Sends a message over SMTP to the federation's mailbox, as a union's mail client would. */
  static void send(MimeMessage message) throws MessagingException {
    Transport.send(message);
  }

  /** A session whose messages go to the test SMTP server. */
  static Session smtpSession() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(mail().getSmtp().getPort()));
    return Session.getInstance(properties);
  }

  /** Messages of the mailbox carrying this IMAP keyword (read over IMAP, as another mail client would). */
  static int withKeyword(String keyword) throws MessagingException {
    return search(new FlagTerm(new Flags(keyword), true));
  }

  static int seen() throws MessagingException {
    return search(new FlagTerm(new Flags(Flags.Flag.SEEN), true));
  }

  static int inFolder(String folderName) throws MessagingException {
    Store store = imapStore();
    try {
      Folder folder = store.getFolder(folderName);
      if (!folder.exists()) {
        return 0;
      }
      folder.open(Folder.READ_ONLY);
      try {
        return folder.getMessageCount();
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  private static int search(FlagTerm term) throws MessagingException {
    Store store = imapStore();
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        Message[] found = inbox.search(term);
        return found.length;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  private static Store imapStore() throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.imap.peek", "true");
    Store store = Session.getInstance(properties).getStore("imap");
    store.connect("127.0.0.1", imapPort(), LOGIN, PASSWORD);
    return store;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
