package vn.org.congdoanhanoi.phoihop.kernel.api;

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
}
