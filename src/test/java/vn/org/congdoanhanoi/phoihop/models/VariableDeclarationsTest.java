package vn.org.congdoanhanoi.phoihop.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process variable is declared once, with its type ({@code ProcessVariables.date("proposedDate")} and the
 * like), and read and written only through that declaration: a string literal equal to a declared name anywhere
 * else in src/main or src/test is a name typed twice, which drifts the day one of them is renamed.
 */
class VariableDeclarationsTest {

  private static final String SELF = "vn/org/congdoanhanoi/phoihop/models/VariableDeclarationsTest.java";
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TEST = Path.of("src/test/java");
  private static final Pattern DECLARATION = Pattern.compile("ProcessVariables\\.\\w+\\(\\s*\"([^\"]+)\"");
  /** Plain string literals; text blocks hold JSON or HTML, not names on their own. */
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /**
   * Words that are variable names but mean something else where they appear: not a process variable's name typed
   * again, so renaming the variable must not rename them.
   */
  static final Map<String, Set<String>> OTHER_MEANINGS = Map.ofEntries(
      // the register's own REST request fields
      Map.entry("vn/org/congdoanhanoi/phoihop/records/register/RegisterController.java", Set.of("issuedOn", "subject")),
      // a person's unit in the organisation API
      Map.entry("vn/org/congdoanhanoi/phoihop/organization/OrganizationController.java", Set.of("unitCode")),
      // the booked ceremony's venue (the unit's or the cluster's proposal) in the ceremony.scheduled webhook
      Map.entry("vn/org/congdoanhanoi/phoihop/signing/ceremony/AnnounceCeremonyScheduledDelegate.java",
          Set.of("venue")),
      // a mail's subject line
      Map.entry("vn/org/congdoanhanoi/phoihop/notification/MailRequest.java", Set.of("subject")),
      Map.entry("vn/org/congdoanhanoi/phoihop/records/document/MailReportDistribution.java", Set.of("subject")),
      Map.entry("vn/org/congdoanhanoi/phoihop/platform/login/LockedAccountAlert.java", Set.of("subject")),
      // query parameters of the attachment download (REST contract), which name the matter and the unit
      Map.entry("vn/org/congdoanhanoi/phoihop/records/attachment/AttachmentDownloads.java",
          Set.of("documentNumber", "unitCode", "issuer")),
      // the deadline API's request field and the matrix JSON's row field
      Map.entry("vn/org/congdoanhanoi/phoihop/followup/CampaignDeadlineChangeTest.java",
          Set.of("deadline", "unitCode")),
      // keys of YAML documents under test, not the directive's items
      Map.entry("vn/org/congdoanhanoi/phoihop/kernel/yaml/YamlDocumentTest.java", Set.of("items")),
      // a page of the petitions API (its "items"), not the directive's items
      Map.entry("vn/org/congdoanhanoi/phoihop/dialogue/PetitionRestTest.java", Set.of("items")),
      Map.entry("vn/org/congdoanhanoi/phoihop/dialogue/intake/PaperPetitionImportTest.java", Set.of("items")),
      // a page of an answer sheet (its "items")
      Map.entry("vn/org/congdoanhanoi/phoihop/dialogue/answer/DepartmentAnswersProcessTest.java", Set.of("items")),
      Map.entry("vn/org/congdoanhanoi/phoihop/dialogue/answer/DepartmentAnswersRestTest.java", Set.of("items")),
      // a made-up form, written out as the file a modeller would write
      Map.entry("vn/org/congdoanhanoi/phoihop/models/FormLimitsTest.java", Set.of("venue")),
      // the petitions mailbox's name (phoihop.inbox.mailboxes.petitions), not the union task's list of petitions
      Map.entry("vn/org/congdoanhanoi/phoihop/dialogue/intake/PetitionMailHandler.java", Set.of("petitions")),
      Map.entry("vn/org/congdoanhanoi/phoihop/records/inbox/InboxTestApplication.java", Set.of("petitions")),
      Map.entry("vn/org/congdoanhanoi/phoihop/records/inbox/IncomingMailParserTest.java", Set.of("petitions")));
  /** Column names read from JDBC rows and keys of a mail template's model are names of other things. */
  private static final Pattern OTHER_NAMESPACE = Pattern.compile("(rs\\.get\\w+|model\\.put)\\(\"[^\"]*\"$");

  @Test
  void every_variable_name_is_declared_once() {
    Map<String, List<String>> declarations = declarations();
    assertThat(declarations).isNotEmpty();
    assertThat(declarations).allSatisfy((name, where) -> assertThat(where)
        .as("'%s' is declared more than once; declare it once and reference that declaration", name).hasSize(1));
  }

  @Test
  void no_variable_name_is_typed_outside_its_declaration() {
    Map<String, List<String>> declarations = declarations();
    List<String> misuses = new ArrayList<>();
    for (Path root : List.of(MAIN, TEST)) {
      for (Path file : javaFiles(root)) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.equals(SELF)) {
          continue; // OTHER_MEANINGS spells the words it allows
        }
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Matcher literal = LITERAL.matcher(stripComment(lines[i]));
          while (literal.find()) {
            String text = literal.group(1);
            List<String> declaredIn = declarations.get(text);
            if (declaredIn != null && !declaredIn.contains(relative) && !isDeclaration(lines[i], text)
                && !OTHER_MEANINGS.getOrDefault(relative, Set.of()).contains(text)
                && !OTHER_NAMESPACE.matcher(lines[i].substring(0, literal.end())).find()) {
              String misuse = relative + ":" + (i + 1) + " \"" + text + "\" (declared in " + declaredIn.get(0) + ")";
              misuses.add(misuse);
            }
          }
        }
      }
    }
    assertThat(misuses).as("string literals equal to a declared variable name; use the declaration "
        + "(VAR.required(scope), VAR.putInto(map, value), VAR.name() where only a name will do)").isEmpty();
  }

  /**
   * {@code Map.get(Object)} and its kin take any object, so a declaration handed to them where its name was meant
   * compiles and finds nothing; the merge of the typed variables showed it can happen unnoticed.
   */
  @Test
  void no_declaration_is_used_as_a_map_key() {
    Pattern asKey = Pattern.compile(
        "\\.(get|getOrDefault|containsKey|remove|getVariable|removeVariable)\\(\\s*(\\w+\\.)?(Vars|InvitationVars|MatterVariables)\\.[A-Z][A-Z0-9_]*\\s*[,)]");
    List<String> misuses = new ArrayList<>();
    for (Path root : List.of(MAIN, TEST)) {
      for (Path file : javaFiles(root)) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (asKey.matcher(lines[i]).find()) {
            misuses.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + " " + lines[i].strip());
          }
        }
      }
    }
    assertThat(misuses).as("a declaration where its name was meant: use VAR.name(), or read through the "
        + "declaration (VAR.orNull(map))").isEmpty();
  }

  /** Name → the files (relative to src/main/java) that declare it. */
  static Map<String, List<String>> declarations() {
    Map<String, List<String>> declarations = new TreeMap<>();
    for (Path file : javaFiles(MAIN)) {
      Matcher declaration = DECLARATION.matcher(read(file));
      while (declaration.find()) {
        declarations.computeIfAbsent(declaration.group(1), name -> new ArrayList<>())
            .add(MAIN.relativize(file).toString().replace('\\', '/'));
      }
    }
    return declarations;
  }

  private static boolean isDeclaration(String line, String name) {
    return line.matches(".*ProcessVariables\\.\\w+\\(\\s*\"" + Pattern.quote(name) + "\".*");
  }

  private static String stripComment(String line) {
    String trimmed = line.strip();
    return trimmed.startsWith("*") || trimmed.startsWith("//") || trimmed.startsWith("/*") ? "" : line;
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
