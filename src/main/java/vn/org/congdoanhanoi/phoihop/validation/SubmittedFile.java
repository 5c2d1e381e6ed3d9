package vn.org.congdoanhanoi.phoihop.validation;


/**
 * A file as it arrived in a request, described without its content: the HTTP guard decodes the base64 once, counting
 * the bytes and keeping the first ones, which is all {@link AttachmentPolicy} looks at.
 */
public record SubmittedFile(String fileName, String mimeType, long length, byte[] head) {}
