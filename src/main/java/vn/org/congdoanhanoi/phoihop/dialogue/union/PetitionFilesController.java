package vn.org.congdoanhanoi.phoihop.dialogue.union;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petition;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.PetitionReaders;
import vn.org.congdoanhanoi.phoihop.dialogue.petition.Petitions;
import vn.org.congdoanhanoi.phoihop.kernel.access.CurrentUser;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * A petition's files, whatever channel brought them (Tasklist, mail): {@code GET
 * /api/dialogue-conferences/petitions/{id}/attachments/{fileId}?planNumber=…&issuedOn=…&unitCode=…} for whoever may
 * read the petition (its union's people, the district federation, city-wide users; 404 to anyone else, as for the
 * petition itself), the ids as the list names them in {@code attachments}. The limits the union's form checks before
 * sending: {@code GET /api/dialogue-conferences/petitions/attachment-policy}.
 */
@RestController
@RequestMapping("/api/dialogue-conferences/petitions")
@RequiredArgsConstructor
class PetitionFilesController {

  private final PetitionReaders readers;
  private final Petitions petitions;
  private final PetitionFiles files;
  private final CurrentUser currentUser;

  @GetMapping("/attachment-policy")
  Map<String, Object> policy() {
    return files.policy();
  }

  @GetMapping("/{id}/attachments/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String fileId,
                                  @RequestParam Map<String, String> query) {
    Submission s = Submission.of(query);
    PlanId plan = PlanId.read(s);
    s.throwIfInvalid("Không thể tải tệp đính kèm của kiến nghị");
    Petition petition = readers.readable(plan, id, currentUser.groupIds());
    Petitions.StoredFile file = PetitionReaders.number(fileId).flatMap(n -> petitions.file(petition.id(), n))
        .orElseThrow(() -> new NotFoundException("Kiến nghị số " + petition.id() + " không có tệp đính kèm số "
            + Submission.quote(fileId) + "."));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(mediaType(file.contentType()));
    headers.setContentDisposition(ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
        .build());
    // A union's file is shown to officials: never rendered as a page of this site.
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    return ResponseEntity.ok().headers(headers).body(file.content());
  }

  private static MediaType mediaType(String type) {
    try {
      return MediaType.parseMediaType(type);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
