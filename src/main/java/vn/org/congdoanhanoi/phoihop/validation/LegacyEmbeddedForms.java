package vn.org.congdoanhanoi.phoihop.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Embedded forms of process versions deployed before the forms were deployed with their process: their tasks name
 * them "embedded:/forms/&lt;file&gt;.html", once a static file. Such a task, still open in an upgraded database, is
 * shown (and its submission declared) with the packaged form of that name, forms/&lt;family&gt;/&lt;file&gt;.html;
 * versions deployed since read their own copy from their deployment.
 */
@RestController
public class LegacyEmbeddedForms {

  /** The key such a task has: "embedded:/forms/unit-signing-proposal.html". */
  static final String LEGACY_PREFIX = "/forms/";
  private static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.html");

  @GetMapping(value = LEGACY_PREFIX + "{file:.+}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<String> form(@PathVariable String file) throws IOException {
    Optional<String> form = text(file);
    return form.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** The packaged form of that file name, whichever family folder it is in. */
  static Optional<String> text(String file) throws IOException {
    if (!FILE.matcher(file).matches()) {
      return Optional.empty();
    }
    Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/" + file);
    if (found.length == 0) {
      return Optional.empty();
    }
    try (InputStream in = found[0].getInputStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
