package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.kernel.api.ConflictException;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/**
 * The petition store: every channel hands a petition to {@link #receive}, which stores it with its arrival time (the
 * engine's clock) once, and the consolidation reads it back page by page. One input is one row whatever the channel
 * or the node: the unique key (channel, source reference) decides, not a look before the insert.
 */
@Service
public class Petitions {

  /** The most petitions one page lists; a conference of 2,000 unions has about 10,000. */
  public static final int MAX_PAGE_SIZE = 200;

  private final JdbcClient jdbc;
  private final EngineClock clock;
  private final TransactionTemplate savepoint;
  private final ApplicationEventPublisher events;

  Petitions(JdbcClient jdbc, EngineClock clock, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
    // A savepoint inside the caller's transaction (a REST request, or the engine's for a Tasklist completion): on
    // PostgreSQL a refused insert otherwise aborts the whole transaction, and the store could not even say which
    // petition holds the source.
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Stores one petition and its files; the caller has checked that the plan reaches the union and the text. An input
   * stored before (same channel and source reference) is refused with 409 naming the petition that holds it, and
   * leaves the caller's transaction usable. A stored petition is announced as {@link PetitionReceived}, in the
   * caller's transaction.
   *
   * @return the new petition's id
   */
  @Transactional
  public long receive(IncomingPetition petition) {
    KeyHolder key = new GeneratedKeyHolder();
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into dialogue_petition (district_code, plan_year, plan_number, union_code, topic, body,
                  channel, source_reference, received_at, received_by, state)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(petition.plan().districtCode(), petition.plan().year(), petition.plan().planNumber(),
              petition.unionCode(), petition.topic().name(), petition.text(), petition.channel().name(),
              petition.sourceReference(), Timestamp.from(clock.instant()), petition.receivedBy(),
              PetitionState.RECEIVED.name())
          .update(key, "id"));
    } catch (DuplicateKeyException stored) {
      String holder = bySource(petition.channel(), petition.sourceReference()).map(id -> " số " + id).orElse("");
      throw new ConflictException("Kiến nghị này đã được tiếp nhận trước đó (kiến nghị" + holder + ", nguồn "
          + petition.channel() + " '" + petition.sourceReference() + "'); không lưu lần thứ hai.");
    }
    long id = key.getKeyAs(Number.class).longValue();
    for (IncomingPetition.Attachment file : petition.attachments()) {
      jdbc.sql("insert into dialogue_petition_attachment (petition_id, file_name, content_type, content) "
              + "values (?, ?, ?, ?)")
          .params(id, file.fileName(), file.contentType(), file.content()).update();
    }
    // In the same transaction: whatever the arrival ends (the union's task) ends with it or not at all.
    events.publishEvent(new PetitionReceived(petition.plan(), petition.unionCode(), petition.channel(), id));
    return id;
  }

  /** The petition that holds this channel's input, if it was stored. */
  public Optional<Long> bySource(PetitionChannel channel, String sourceReference) {
    return jdbc.sql("select id from dialogue_petition where channel = ? and source_reference = ?")
        .params(channel.name(), sourceReference).query(Long.class).optional();
  }

  /** One petition of the plan. */
  public Optional<Petition> find(PlanId plan, long id) {
    return withFiles(jdbc.sql(SELECT + " where p.id = ? and p.district_code = ? and p.plan_year = ? "
            + "and p.plan_number = ?")
        .params(id, plan.districtCode(), plan.year(), plan.planNumber()).query(Petitions::petition).list())
        .stream().findFirst();
  }

  /** A file of a petition: its name, type and content. */
  public record StoredFile(String fileName, String contentType, byte[] content) {}

  /** The file {@code fileId} of the petition {@code petitionId}; empty when the petition has no such file. */
  public Optional<StoredFile> file(long petitionId, long fileId) {
    return jdbc.sql("select file_name, content_type, content from dialogue_petition_attachment "
            + "where id = ? and petition_id = ?")
        .params(fileId, petitionId)
        .query((rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }

  /** The petitions with their files named: one query for a whole page. */
  private List<Petition> withFiles(List<Petition> items) {
    if (items.isEmpty()) {
      return items;
    }
    Map<Long, List<Petition.PetitionFile>> files = new HashMap<>();
    String ids = String.join(",", Collections.nCopies(items.size(), "?"));
    jdbc.sql("select id, petition_id, file_name, content_type, octet_length(content) as size "
            + "from dialogue_petition_attachment where petition_id in (" + ids + ") order by id")
        .params(items.stream().map(Petition::id).toList())
        .query((rs, row) -> files.computeIfAbsent(rs.getLong("petition_id"), id -> new ArrayList<>())
            .add(new Petition.PetitionFile(rs.getLong("id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size"))))
        .list();
    return items.stream().map(p -> p.withAttachments(files.getOrDefault(p.id(), List.of()))).toList();
  }

  /**
   * A page of the plan's petitions by topic (the plan's order), then union, then arrival; {@code page} counts from 0.
   * Counting and listing both use the plan's index, so a page costs the same with 10 or 10,000 petitions.
   */
  public PetitionPage page(PetitionFilter filter, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    StringBuilder where = new StringBuilder(" where p.district_code = ? and p.plan_year = ? and p.plan_number = ?");
    List<Object> params = new ArrayList<>(List.of(filter.plan().districtCode(), filter.plan().year(),
        filter.plan().planNumber()));
    if (filter.topic() != null) {
      where.append(" and p.topic = ?");
      params.add(filter.topic().name());
    }
    if (filter.unionCode() != null) {
      where.append(" and p.union_code = ?");
      params.add(filter.unionCode());
    }
    if (filter.state() != null) {
      where.append(" and p.state = ?");
      params.add(filter.state().name());
    }
    if (filter.departmentCode() != null) {
      where.append(" and p.department_code = ?");
      params.add(filter.departmentCode());
    }
    long total = jdbc.sql("select count(*) from dialogue_petition p" + where).params(params)
        .query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageSize);
    pageParams.add((long) pageNumber * pageSize);
    // The topic's code sorts by the plan's order through a CASE, so the page follows plan 477/KH-LĐLĐ's sections.
    // The page's ids are chosen first, on narrow rows; only those rows are read whole and have their files listed.
    // Sorting whole rows before the offset cost twice the database time on the last page of 10,000 petitions
    // (DialogueScaleBenchmarkTest; docs/performance.md, "Dialogue conference at scale").
    List<Petition> items = withFiles(jdbc.sql("with chosen as (select p.id, " + TOPIC_ORDER + " as topic_order, "
            + "p.union_code from dialogue_petition p" + where + " order by topic_order, p.union_code, p.id limit ? offset ?) "
            + SELECT + " join chosen on chosen.id = p.id order by chosen.topic_order, chosen.union_code, chosen.id")
        .params(pageParams).query(Petitions::petition).list());
    return new PetitionPage(total, pageNumber, pageSize, items);
  }

  private static final String SELECT = """
      select p.id, p.union_code, p.topic, p.body, p.original_body, p.channel, p.received_at, p.state, p.merged_into,
          p.split_from, p.department_code, p.answer, p.version
      from dialogue_petition p""";

  private static final String TOPIC_ORDER;

  static {
    StringBuilder order = new StringBuilder("case p.topic");
    for (PetitionTopic topic : PetitionTopic.values()) {
      order.append(" when '").append(topic.name()).append("' then ").append(topic.ordinal());
    }
    TOPIC_ORDER = order.append(" end").toString();
  }

  private static Petition petition(ResultSet rs, int row) throws SQLException {
    PetitionTopic topic = PetitionTopic.valueOf(rs.getString("topic"));
    PetitionState state = PetitionState.valueOf(rs.getString("state"));
    long mergedInto = rs.getLong("merged_into");
    Long merged = rs.wasNull() ? null : mergedInto;
    long splitFrom = rs.getLong("split_from");
    Long split = rs.wasNull() ? null : splitFrom;
    return new Petition(rs.getLong("id"), rs.getString("union_code"), topic, topic.label(), rs.getString("body"),
        rs.getString("original_body"), PetitionChannel.valueOf(rs.getString("channel")),
        rs.getTimestamp("received_at").toLocalDateTime(), state, state.label(), merged, split,
        rs.getString("department_code"), rs.getString("answer"), List.of(), rs.getInt("version"));
  }
}
