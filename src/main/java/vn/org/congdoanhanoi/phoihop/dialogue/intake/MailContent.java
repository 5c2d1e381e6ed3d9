package vn.org.congdoanhanoi.phoihop.dialogue.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.org.congdoanhanoi.phoihop.dialogue.DialogueTextRules;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.IncomingPetition;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingAttachment;
import vn.org.congdoanhanoi.phoihop.records.inbox.IncomingMail;

/**
 * What of a mail becomes a petition: its text (at most a petition's 4,000 characters; a longer letter is kept whole
 * as a file beside it, nothing is lost) and its files. A mail waiting for review keeps its files as one ZIP archive
 * in one file variable and their types as a list beside it, so the review process declares two variables whatever
 * the number of files.
 */
record MailContent(String text, List<IncomingPetition.Attachment> files) {

  /** The name under which a text too long for a petition is kept whole beside it. */
  static final String FULL_TEXT_FILE = "noi-dung-day-du.txt";

  static MailContent of(IncomingMail mail) {
    List<IncomingPetition.Attachment> files = new ArrayList<>();
    for (IncomingAttachment file : mail.attachments()) {
      files.add(new IncomingPetition.Attachment(file.name(), file.contentType(), file.content()));
    }
    String text = mail.text() == null ? "" : mail.text().strip();
    if (text.isEmpty()) {
      text = mail.subject() == null || mail.subject().isBlank() ? "(Thư không có nội dung, xem tệp đính kèm.)"
          : mail.subject().strip();
    }
    if (text.length() > DialogueTextRules.PETITION_TEXT) {
      files.add(new IncomingPetition.Attachment(FULL_TEXT_FILE, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
      text = text.substring(0, DialogueTextRules.PETITION_TEXT - 1) + "…";
    }
    return new MailContent(text, files);
  }

  static byte[] archive(List<IncomingPetition.Attachment> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (int i = 0; i < files.size(); i++) {
        IncomingPetition.Attachment file = files.get(i);
        // Numbered entries: two files of one mail may carry the same name.
        ZipEntry entry = new ZipEntry(i + "/" + file.fileName());
        zip.putNextEntry(entry);
        zip.write(file.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static List<IncomingPetition.Attachment> unarchive(InputStream archive, List<String> contentTypes) {
    List<IncomingPetition.Attachment> files = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
        files.add(new IncomingPetition.Attachment(name, contentTypes.get(files.size()), zip.readAllBytes()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
