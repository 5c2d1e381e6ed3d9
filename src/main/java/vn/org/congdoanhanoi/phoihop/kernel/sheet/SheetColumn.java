package vn.org.congdoanhanoi.phoihop.kernel.sheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column a caller reads, found by its Vietnamese header: {@code key} is how the code asks for it, {@code header} what
 * the file's header row says (problems name it), {@code aliases} other headers people write for the same column.
 * Headers match ignoring case, spaces and Unicode composition ("Ngành / khối" is "ngành/khối").
 */
public record SheetColumn(String key, String header, boolean required, List<String> aliases) {

  public SheetColumn {
    aliases = List.copyOf(aliases);
  }

  public static SheetColumn required(String key, String header, String... aliases) {
    return new SheetColumn(key, header, true, List.of(aliases));
  }

  public static SheetColumn optional(String key, String header, String... aliases) {
    return new SheetColumn(key, header, false, List.of(aliases));
  }

  boolean matches(String writtenHeader) {
    String written = normalised(writtenHeader);
    return normalised(header).equals(written) || aliases.stream().anyMatch(a -> normalised(a).equals(written));
  }

  static String normalised(String header) {
    return Normalizer.normalize(header, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", "")
        .toLowerCase(Locale.ROOT);
  }
}
