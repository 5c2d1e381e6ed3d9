package vn.org.congdoanhanoi.phoihop.records.register;


/** A document's file as issued (DOCX), kept with its register entry. */
public record StoredFile(String fileName, String contentType, byte[] content) {}
