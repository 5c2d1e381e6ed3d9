package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Conferences;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionChannel;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionTopic;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.Sheet;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetCell;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetColumn;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetLimits;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetReader;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.SheetRow;

/**
 * Paper petitions typed into a spreadsheet (XLSX or CSV) by the district federation and imported into one plan: every
 * row is checked first and a file with any problem is refused whole, by line and column; a good file is stored in one
 * transaction (channel IMPORT). Each row's source is the file's SHA-256 and its line, so importing the same file again
 * stores nothing twice: its rows are counted as received before.
 */
@Service
@RequiredArgsConstructor
class PaperPetitions {

  static final String TITLE = "Tệp kiến nghị không hợp lệ";
  static final String UNION = "union";
  static final String TOPIC = "topic";
  static final String TEXT = "text";
  static final List<SheetColumn> COLUMNS = List.of(
      SheetColumn.required(UNION, "Mã CĐCS", "Mã công đoàn cơ sở"),
      SheetColumn.required(TOPIC, "Chủ đề", "Nhóm nội dung"),
      SheetColumn.required(TEXT, "Nội dung", "Nội dung kiến nghị"));

  /** What an import did: the rows stored now and the rows stored by an earlier import of the same file. */
  record Result(int received, int receivedBefore, List<Long> petitionIds) {}

  private final Conferences conferences;
  private final OncePerSource petitions;

  /** Refuses the file with every problem ({@link vn.org.congdoanhanoi.phoihop.kernel.sheet.InvalidSheetException}). */
  @Transactional
  Result receive(PlanId plan, String fileName, byte[] content, String userId) {
    Sheet sheet = SheetReader.read(fileName, content, COLUMNS, SheetLimits.DEFAULT, TITLE);
    List<IncomingPetition> rows = new ArrayList<>();
    String hash = sha256(content);
    for (SheetRow row : sheet.rows()) {
      SheetCell unionCell = row.get(UNION);
      String union = unionCell.requiredText();
      if (union != null && !conferences.reaches(plan, union)) {
        unionCell.problem("công đoàn cơ sở '" + union + "' không thuộc " + plan.describe());
      }
      PetitionTopic topic = topic(row.get(TOPIC));
      SheetCell textCell = row.get(TEXT);
      String text = textCell.requiredText();
      if (text != null && text.length() > DialogueTextRules.PETITION_TEXT) {
        textCell.problem("nội dung dài quá " + DialogueTextRules.PETITION_TEXT + " ký tự");
      }
      if (union != null && topic != null && text != null) {
        rows.add(new IncomingPetition(plan, union, topic, text, PetitionChannel.IMPORT, hash + ":" + row.line(),
            userId, List.of()));
      }
    }
    sheet.refuseIfProblems();
    int fresh = 0;
    List<Long> ids = new ArrayList<>();
    for (IncomingPetition petition : rows) {
      OncePerSource.Stored stored = petitions.store(petition);
      ids.add(stored.id());
      fresh += stored.fresh() ? 1 : 0;
    }
    return new Result(fresh, rows.size() - fresh, ids);
  }

  /** A topic as people write it: its code, its label from the plan, or its number 1–5 in the plan's order. */
  static PetitionTopic topic(SheetCell cell) {
    String written = cell.requiredText();
    if (written == null) {
      return null;
    }
    String folded = OpenPlans.folded(written);
    for (PetitionTopic topic : PetitionTopic.values()) {
      if (folded.equals(topic.name()) || folded.equals(OpenPlans.folded(topic.label()))
          || folded.equals(String.valueOf(topic.ordinal() + 1))) {
        return topic;
      }
    }
    cell.problem("chủ đề '" + written + "' không phải một trong 5 nhóm nội dung; ghi số 1–5, mã (ví dụ OTHER) hoặc "
        + "tên nhóm (ví dụ \"" + PetitionTopic.OTHER.label() + "\")");
    return null;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
