package vn.org.congdoanhanoi.phoihop.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The models and forms of the repository, one folder per family ({@code bpmn/signing/unit-signing.bpmn},
 * {@code forms/signing/unit-signing-opinion.form}), as tests that read them without an engine find them.
 */
public final class RepositoryFiles {

  public static final Path MODELS = Path.of("bpmn");
  public static final Path FORMS = Path.of("forms");

  private RepositoryFiles() {}

  /** Every file under {@code folder} (all family folders) whose name ends with one of {@code endings}, sorted. */
  public static List<Path> under(Path folder, String... endings) {
    if (!Files.isDirectory(folder)) {
      return List.of(); // a family without forms (notification)
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().endsWith(e))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form of that file name, in whichever family folder it is. */
  public static Path form(String fileName) {
    List<Path> found = under(FORMS, fileName).stream()
        .filter(p -> p.getFileName().toString().equals(fileName)).toList();
    if (found.size() != 1) {
      throw new IllegalArgumentException("Expected one form named " + fileName + " under forms/, found " + found);
    }
    return found.get(0);
  }

  /** The family of a model or form: the folder it is in ("signing"). */
  public static String family(Path file) {
    return file.getParent().getFileName().toString();
  }
}
