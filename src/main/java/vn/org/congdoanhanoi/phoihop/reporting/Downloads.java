package vn.org.congdoanhanoi.phoihop.reporting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File downloads with their Vietnamese names intact (RFC 6266 filename*, UTF-8). */
public final class Downloads {

  private Downloads() {}

  public static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }

  /**
   * "Tiến độ ký kết 222-LĐLĐ (2025).xlsx": a document number's slash is not allowed in file names; the year keeps
   * the files of two letters with one number apart.
   */
  public static String matrixFileName(ComplianceMatrix matrix) {
    return matrix.title() + " " + matrix.documentNumber().replace('/', '-') + " (" + matrix.year() + ").xlsx";
  }
}
