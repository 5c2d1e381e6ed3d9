package vn.org.congdoanhanoi.phoihop.records.register;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.notification.AttachmentStore;

/**
 * The register's issued files as mail attachments: a mail carries "{@code outgoing-document:<entry id>}" and the bytes
 * stay where the document is recorded ({@code doc_outgoing_file}), once.
 */
@Component
@RequiredArgsConstructor
public class OutgoingDocumentFiles implements AttachmentStore {

  private final OutgoingRegister register;

  @Override
  public String scheme() {
    return "outgoing-document";
  }

  @Override
  public Optional<byte[]> content(String documentId) {
    return register.file(documentId).map(StoredFile::content);
  }
}
