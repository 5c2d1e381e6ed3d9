package vn.org.congdoanhanoi.phoihop.notification;

import java.util.Optional;

/**
 * Keeps files that mails attach by reference ({@link MailRequest.Attachment#stored}), e.g. the outgoing register's
 * issued documents: the mail holds "{@code <scheme>:<id>}" and {@link MailDelivery} reads the bytes when it sends.
 * One Spring bean per store; the notification capability knows none of them by name.
 */
public interface AttachmentStore {

  /** The prefix of the references this store serves, e.g. "outgoing-document". */
  String scheme();

  /** The file's content; empty when the store holds no such file. */
  Optional<byte[]> content(String id);

  /** The reference of one of this store's files, as a mail carries it. */
  default String reference(String id) {
    return scheme() + ":" + id;
  }
}
