package vn.org.congdoanhanoi.phoihop.dialogue.union;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.records.inbox.DangerousFiles;
import vn.org.congdoanhanoi.phoihop.validation.AttachmentPolicy;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * The files a union attaches to a petition in its task "Gửi kiến nghị", under the limits the petitions' mailbox
 * applies to a mail ({@code phoihop.inbox.mailboxes.petitions.max-attachment-size} and {@code max-attachments}), so a
 * file taken by mail is taken in Tasklist too and the other way round, and never a dangerous one (programs, scripts,
 * macros: {@link DangerousFiles}, the intake's rule). All files of one task travel in one request: together at most
 * the upload limit ({@link AttachmentPolicy}, {@code PHOIHOP_ATTACHMENT_MAX_SIZE}).
 */
@Component
class PetitionFiles {

  /** In each petition of the form's list: {@code "files": [{"name", "type", "content" (base64)}, …]}. */
  static final String FILES = "files";

  private final long maxFileBytes;
  private final int maxFiles;
  private final long maxTotalBytes;

  PetitionFiles(@Value("${phoihop.inbox.mailboxes.petitions.max-attachment-size:10MB}") DataSize maxFileSize,
                @Value("${phoihop.inbox.mailboxes.petitions.max-attachments:20}") int maxFiles,
                AttachmentPolicy upload) {
    this.maxFileBytes = maxFileSize.toBytes();
    this.maxFiles = maxFiles;
    this.maxTotalBytes = upload.maxBytes();
  }

  /** What the form checks before sending, with the server's own values. */
  Map<String, Object> policy() {
    return Map.of("maxFileBytes", maxFileBytes, "maxFileSize", AttachmentPolicy.size(maxFileBytes),
        "maxFiles", maxFiles, "maxTotalBytes", maxTotalBytes, "maxTotalSize", AttachmentPolicy.size(maxTotalBytes),
        "refusedExtensions", DangerousFiles.extensions().stream().sorted().toList());
  }

  /**
   * The files of one petition ({@code label}: "Kiến nghị 2: "), recording every problem under {@code field}; counts
   * their bytes into {@code total[0]} for the limit of the whole task.
   */
  List<IncomingPetition.Attachment> read(JsonNode files, Submission s, String field, String label, long[] total) {
    if (files == null || files.isMissingNode() || files.isNull()) {
      return List.of();
    }
    if (!files.isArray()) {
      s.violation(field, label + "tệp đính kèm (files) phải là danh sách tệp.");
      return List.of();
    }
    if (files.size() > maxFiles) {
      s.violation(field, label + "mỗi kiến nghị đính kèm nhiều nhất " + maxFiles + " tệp; nhận được " + files.size()
          + ".");
      return List.of();
    }
    List<IncomingPetition.Attachment> read = new ArrayList<>();
    for (JsonNode file : files) {
      String name = file.path("name").asText("").strip();
      String type = file.path("type").asText("").strip();
      String shown = "tệp '" + Submission.quote(name) + "'";
      byte[] content = decode(file.path("content").asText(""));
      if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
        s.violation(field, label + "mỗi tệp cần một tên (không quá 255 ký tự, không có dấu / hoặc \\).");
      } else if (content == null) {
        s.violation(field, label + shown + " không đọc được (nội dung phải là base64).");
      } else if (content.length == 0) {
        s.violation(field, label + shown + " rỗng (0 byte); hãy chọn lại tệp.");
      } else if (content.length > maxFileBytes) {
        s.violation(field, label + shown + " có dung lượng " + AttachmentPolicy.size(content.length)
            + ", vượt quá giới hạn " + AttachmentPolicy.size(maxFileBytes) + " một tệp.");
      } else if (DangerousFiles.dangerous(name, type) || DangerousFiles.executable(content)) {
        s.violation(field, label + shown + " thuộc loại không được nhận vì có thể chứa mã độc (chương trình, tệp "
            + "lệnh, tệp có macro).");
      } else {
        total[0] += content.length;
        read.add(new IncomingPetition.Attachment(name, type.isEmpty() || type.length() > 100
            ? "application/octet-stream" : type, content));
      }
    }
    return read;
  }

  /** After every petition is read: the files of the whole task together within the upload limit. */
  void checkTotal(Submission s, String field, long total) {
    if (total > maxTotalBytes) {
      s.violation(field, "Các tệp đính kèm gửi cùng lúc có tổng dung lượng " + AttachmentPolicy.size(total)
          + ", vượt quá giới hạn " + AttachmentPolicy.size(maxTotalBytes) + "; hãy gửi bớt tệp.");
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
