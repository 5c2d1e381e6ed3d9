package vn.org.congdoanhanoi.phoihop.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.org.congdoanhanoi.phoihop.kernel.variables.ProcessVariable;

/**
 * What a user may attach to a task (the draft regulation, the signed regulation's scan): PDF, DOCX, JPEG or PNG, up
 * to {@code phoihop.attachments.max-size} (10 MB unless {@code PHOIHOP_ATTACHMENT_MAX_SIZE} says otherwise). The file
 * name's extension, the declared type and the first bytes of the content must all agree, so a renamed executable is
 * refused as well as a spreadsheet.
 */
@Component
public class AttachmentPolicy {

  /** The kinds of file accepted, with the extensions, declared types and leading bytes each may have. */
  public enum Kind {
    PDF(Set.of("pdf"), Set.of("application/pdf"), new byte[] {'%', 'P', 'D', 'F'}),
    DOCX(Set.of("docx"), Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        new byte[] {'P', 'K', 3, 4}),
    JPEG(Set.of("jpg", "jpeg"), Set.of("image/jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG(Set.of("png"), Set.of("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    private final Set<String> extensions;
    private final Set<String> mimeTypes;
    private final byte[] magic;

    Kind(Set<String> extensions, Set<String> mimeTypes, byte[] magic) {
      this.extensions = extensions;
      this.mimeTypes = mimeTypes;
      this.magic = magic;
    }

    static Kind ofFileName(String fileName) {
      int dot = fileName.lastIndexOf('.');
      String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      for (Kind kind : values()) {
        if (kind.extensions.contains(extension)) {
          return kind;
        }
      }
      return null;
    }

    public String mimeType() {
      return mimeTypes.iterator().next();
    }
  }

  /** Declared types that say nothing (some systems send these for any file); the content decides then. */
  private static final Set<String> UNSPECIFIC_TYPES = Set.of("", "application/octet-stream", "binary/octet-stream");

  public static final String ALLOWED = "PDF, DOCX, JPEG hoặc PNG";

  /** Leading bytes enough to tell every accepted kind. */
  public static final int HEAD_BYTES = 8;

  private final long maxBytes;

  public AttachmentPolicy(@Value("${phoihop.attachments.max-size:10MB}") DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** "10 MB", "2,5 MB" (Vietnamese decimal comma). */
  public String maxSizeText() {
    return size(maxBytes);
  }

  public static String size(long bytes) {
    DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
    if (bytes >= 1024 * 1024) {
      return format.format(bytes / (1024.0 * 1024)) + " MB";
    }
    if (bytes >= 1024) {
      return format.format(bytes / 1024.0) + " KB";
    }
    return bytes + " byte";
  }

  /**
   * An optional attachment: null when the submission has none; otherwise the file, after recording a violation for
   * anything wrong with it.
   */
  public void optionalFile(Submission s, ProcessVariable<FileValue> variable, String label) {
    optionalFile(s, variable.name(), label);
  }

  public void optionalFile(Submission s, String name, String label) {
    Object value = s.raw(name);
    if (value == null) {
      return;
    }
    List<String> problems;
    if (value instanceof FileValue file) {
      problems = problems(file);
    } else if (value instanceof SubmittedFile file) {
      problems = problems(file.fileName(), file.mimeType(), file.length(), file.head());
    } else {
      s.violation(name, label + " phải là một tệp (kiểu File, tên tệp trong valueInfo.filename).");
      return;
    }
    problems.forEach(problem -> s.violation(name, label + ": " + problem));
  }

  /** What is wrong with a file, in Vietnamese; empty when it is acceptable. */
  public List<String> problems(FileValue file) {
    byte[] head = new byte[HEAD_BYTES];
    long length = lengthAndHead(file, head);
    return problems(file.getFilename(), file.getMimeType(), length, head);
  }

  /** The same for a file known by its name, declared type, length and first {@value #HEAD_BYTES} bytes. */
  public List<String> problems(String name, String declaredType, long length, byte[] head) {
    String fileName = name == null ? "" : name.strip();
    String shown = Submission.quote(fileName);
    if (fileName.isEmpty() && length == 0) {
      return List.of("chưa chọn tệp (tệp rỗng, không có tên); hãy chọn tệp hoặc bỏ trống trường này.");
    }
    if (length > maxBytes) {
      return List.of("tệp '" + shown + "' có dung lượng " + size(length) + ", vượt quá giới hạn " + size(maxBytes)
          + "; hãy nén hoặc chia nhỏ tệp rồi tải lên lại.");
    }
    if (length == 0) {
      return List.of("tệp '" + shown + "' rỗng (0 byte); hãy chọn lại tệp.");
    }
    Kind kind = Kind.ofFileName(fileName);
    if (kind == null) {
      return List.of("tệp '" + shown + "' không đúng định dạng cho phép; chỉ nhận tệp " + ALLOWED + ".");
    }
    String mimeType = declaredType == null ? "" : declaredType.strip().toLowerCase(Locale.ROOT);
    if (!UNSPECIFIC_TYPES.contains(mimeType) && !kind.mimeTypes.contains(mimeType)) {
      return List.of("tệp '" + shown + "' có kiểu " + Submission.quote(mimeType) + ", không khớp với phần mở rộng của tên tệp; chỉ nhận tệp "
          + ALLOWED + ".");
    }
    if (!startsWith(head, length, kind.magic)) {
      return List.of("nội dung tệp '" + shown + "' không phải là tệp " + kind.name() + " hợp lệ; chỉ nhận tệp "
          + ALLOWED + ".");
    }
    return List.of();
  }

  /** Counts the bytes (the file is in memory already) and keeps the first ones. */
  private long lengthAndHead(FileValue file, byte[] head) {
    try (InputStream in = file.getValue()) {
      if (in == null) {
        return 0;
      }
      long length = 0;
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (length < head.length) {
          System.arraycopy(buffer, 0, head, (int) length, (int) Math.min(read, head.length - length));
        }
        length += read;
      }
      return length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWith(byte[] head, long length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
