package vn.org.congdoanhanoi.phoihop.records.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.kernel.api.InvalidRequestException;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * The outgoing-document register: numbers every document the system issues, once per register and year, with
 * no gap and no repeat (Nghị định 30/2020/NĐ-CP: the number and symbol are unique within a year).
 *
 * <p>A number is taken in the caller's transaction, with the register's row locked ({@code select … for update})
 * until that transaction ends. So concurrent requests queue instead of reading the same last number, and a
 * document whose creation fails (its process job rolled back) gives its number back instead of leaving a gap.
 */
@Service
@RequiredArgsConstructor
public class OutgoingRegister {

  private final JdbcClient jdbc;
  private final EngineClock clock;

  @Transactional
  public OutgoingDocument issue(IssueRequest request) {
    if (request.type() == null) {
      throw new InvalidRequestException("Hãy chọn thể loại văn bản (type).");
    }
    if (request.subject() == null || request.subject().isBlank()) {
      throw new InvalidRequestException("Hãy ghi trích yếu nội dung văn bản (subject).");
    }
    if (request.issuedOn() == null) {
      throw new InvalidRequestException("Hãy cho biết ngày ban hành (issuedOn).");
    }
    // The lock on the register's row serialises every numbering of this register until the caller commits.
    Register register = jdbc.sql("select code, name, issuer_abbreviation from doc_register where code = ? for update")
        .param(request.registerCode())
        .query(OutgoingRegister::register).optional()
        .orElseThrow(() -> new NotFoundException("Không có sổ văn bản đi mã \"" + request.registerCode() + "\"."));
    int year = request.issuedOn().getYear();
    Optional<Integer> last = jdbc.sql("""
            select last_number from doc_register_counter where register_code = ? and register_year = ? for update""")
        .params(register.code(), year).query(Integer.class).optional();
    int number = last.map(n -> n + 1).orElse(1);
    if (last.isPresent()) {
      jdbc.sql("update doc_register_counter set last_number = ? where register_code = ? and register_year = ?")
          .params(number, register.code(), year).update();
    } else {
      jdbc.sql("insert into doc_register_counter (register_code, register_year, last_number) values (?, ?, ?)")
          .params(register.code(), year, number).update();
    }
    OutgoingDocument document = new OutgoingDocument(UUID.randomUUID().toString(), register.code(), year, number,
        DocumentSymbols.format(number, request.type(), register.issuerAbbreviation(), request.draftingUnit()),
        request.type(), request.subject().trim(), request.issuedOn(), request.sourceKind(),
        request.sourceReference(), request.processInstanceId(), request.issuedBy(),
        clock.now(), null, request.sourceYear());
    jdbc.sql("""
            insert into doc_outgoing (id, register_code, register_year, sequence_number, symbol, document_type, subject,
                issued_on, source_kind, source_reference, process_instance_id, issued_by, recorded_at, source_year)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(document.id(), document.registerCode(), year, number, document.symbol(), document.type().name(),
            document.subject(), document.issuedOn(), document.sourceKind(), document.sourceReference(),
            document.processInstanceId(), document.issuedBy(), document.recordedAt(), document.sourceYear())
        .update();
    return document;
  }

  /**
   * The register of a body that numbers its own documents (a district federation's "…/BC-LĐLĐ"), created on its first
   * use. Two first uses at once: the loser's insert fails on the primary key and its job is retried, finding it.
   */
  @Transactional
  public Register ensure(Register register) {
    jdbc.sql("""
            insert into doc_register (code, name, issuer_abbreviation)
            select ?, ?, ? where not exists (select 1 from doc_register where code = ?)""")
        .params(register.code(), register.name(), register.issuerAbbreviation(), register.code()).update();
    return register;
  }

  /** Keeps the issued file with its entry (replacing an earlier one, e.g. a corrected rendering). */
  @Transactional
  public OutgoingDocument attach(String documentId, StoredFile file) {
    OutgoingDocument document = find(documentId)
        .orElseThrow(() -> new NotFoundException("Không có văn bản đi mã " + documentId + "."));
    jdbc.sql("delete from doc_outgoing_file where document_id = ?").param(documentId).update();
    jdbc.sql("insert into doc_outgoing_file (document_id, file_name, content_type, content) values (?, ?, ?, ?)")
        .params(documentId, file.fileName(), file.contentType(), file.content()).update();
    return find(document.id()).orElseThrow();
  }

  public Optional<OutgoingDocument> find(String id) {
    return jdbc.sql(SELECT + " where d.id = ?").param(id).query(OutgoingRegister::document).optional();
  }

  public Optional<StoredFile> file(String documentId) {
    return jdbc.sql("select file_name, content_type, content from doc_outgoing_file where document_id = ?")
        .param(documentId)
        .query((rs, i) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }

  public List<Register> registers() {
    return jdbc.sql("select code, name, issuer_abbreviation from doc_register order by code")
        .query(OutgoingRegister::register).list();
  }

  /**
   * The register's entries, newest first; every criterion is optional.
   *
   * @param sourceReference e.g. a campaign's document number, to find the reports issued for it
   */
  public List<OutgoingDocument> search(String registerCode, Integer year, DocumentType type, String sourceKind,
                                       String sourceReference) {
    return search(registerCode, year, type, sourceKind, sourceReference, null);
  }

  /**
   * As above, and of one year's letter when {@code sourceYear} is given: the reports of 222/LĐLĐ of 2025 only, not
   * those of 222/LĐLĐ of 2022.
   *
   * @param year the register's year (of the entry's number); {@code sourceYear} is the source letter's
   */
  public List<OutgoingDocument> search(String registerCode, Integer year, DocumentType type, String sourceKind,
                                       String sourceReference, Integer sourceYear) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
    List<Object> params = new ArrayList<>();
    criterion(sql, params, "d.register_code", registerCode);
    criterion(sql, params, "d.register_year", year);
    criterion(sql, params, "d.document_type", type == null ? null : type.name());
    criterion(sql, params, "d.source_kind", sourceKind);
    criterion(sql, params, "d.source_reference", sourceReference);
    criterion(sql, params, "d.source_year", sourceYear);
    sql.append(" order by d.register_year desc, d.sequence_number desc");
    return jdbc.sql(sql.toString()).params(params).query(OutgoingRegister::document).list();
  }

  private static void criterion(StringBuilder sql, List<Object> params, String column, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  private static final String SELECT = """
      select d.*, f.file_name from doc_outgoing d left join doc_outgoing_file f on f.document_id = d.id""";

  private static Register register(ResultSet rs, int row) throws SQLException {
    return new Register(rs.getString("code"), rs.getString("name"), rs.getString("issuer_abbreviation"));
  }

  private static OutgoingDocument document(ResultSet rs, int row) throws SQLException {
    return new OutgoingDocument(rs.getString("id"), rs.getString("register_code"), rs.getInt("register_year"),
        rs.getInt("sequence_number"), rs.getString("symbol"), DocumentType.valueOf(rs.getString("document_type")),
        rs.getString("subject"), rs.getObject("issued_on", LocalDate.class), rs.getString("source_kind"),
        rs.getString("source_reference"), rs.getString("process_instance_id"), rs.getString("issued_by"),
        rs.getObject("recorded_at", LocalDateTime.class), rs.getString("file_name"),
        rs.getObject("source_year", Integer.class));
  }
}
