package vn.org.congdoanhanoi.phoihop.signing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a campaign leaves in our tables besides the engine's: registrations, results and booked ceremonies. A
 * cancelled campaign may be launched again under the same letter number; it starts from a clean slate.
 */
@Repository
class SigningRecords {

  private final JdbcClient jdbc;

  SigningRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void clearEarlierAttempts(String documentNumber) {
    jdbc.sql("delete from signing_cluster_member where document_number = ?").param(documentNumber).update();
    jdbc.sql("delete from signing_cluster_registration where document_number = ?").param(documentNumber).update();
    jdbc.sql("delete from signing_unit_result where document_number = ?").param(documentNumber).update();
    jdbc.sql("update signing_ceremony set status = 'CANCELLED' where document_number = ? and status = 'SCHEDULED'")
        .param(documentNumber).update();
  }
}
