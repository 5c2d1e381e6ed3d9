package vn.org.congdoanhanoi.phoihop.records.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;

/**
 * The ledger in the whole application: administrators read the messages set aside with their last error; district
 * and city accounts are refused (every unit's senders and subjects are in it); a wrong filter is a 400 naming it. The
 * rows are the ones the intake writes after its last failed attempt (mailbox of this test only).
 */
@PostgresIntegrationTest
class InboxAdminEndpointTest {

  private static final String MAILBOX = "admin-endpoint-test";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void administratorsSeeMessagesSetAsideWithTheirErrorAndNobodyElseDoes() {
    Timestamp seen = Timestamp.from(Instant.parse("2023-05-08T01:00:00Z"));
    jdbc.update("insert into inbox_message (mailbox, message_id, status, attempts, sender, subject, reason, "
        + "first_seen_at, finished_at) values (?, ?, 'FAILED', 5, ?, ?, ?, ?, ?)", MAILBOX, "<kn-loi@gialam.example>",
        "bch.maygiang@cdcs.gialam.example", "Kiến nghị về nhà ở", "IllegalStateException: Không lưu được kiến nghị",
        seen, seen);
    jdbc.update("insert into inbox_message (mailbox, message_id, status, attempts, first_seen_at, finished_at) "
        + "values (?, ?, 'TAKEN', 0, ?, ?)", MAILBOX, "<kn-tot@gialam.example>", seen, seen);

    RestCaller.Response failed = RestCaller.admin(port).get("/api/inbox/messages?mailbox=" + MAILBOX + "&status=FAILED");

    assertThat(failed.status()).isEqualTo(200);
    JsonNode entries = failed.json();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("messageId").asText()).isEqualTo("<kn-loi@gialam.example>");
    assertThat(entries.get(0).get("attempts").asInt()).isEqualTo(5);
    assertThat(entries.get(0).get("reason").asText()).contains("Không lưu được kiến nghị");
    assertThat(RestCaller.admin(port).get("/api/inbox/messages?mailbox=" + MAILBOX).json()).hasSize(2);
    assertThat(RestCaller.demo(port, "gialam.ldld").get("/api/inbox/messages").status()).isEqualTo(403);
    assertThat(RestCaller.demo(port, "vanphong").get("/api/inbox/messages").status()).isEqualTo(403);
    RestCaller.Response wrong = RestCaller.admin(port).get("/api/inbox/messages?status=BROKEN&size=500");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("status", "size");
  }
}
