package vn.org.congdoanhanoi.phoihop.records.inbox;

import java.util.Locale;
import java.util.Set;

/**
 * The files never taken in, whoever sends them: programs, scripts, shortcuts, disk images and macro-enabled Office
 * documents, by name, declared type or content (a Windows program starts with "MZ"). The mail intake leaves them out
 * of a message; a form that takes files from people (a petition's attachments) refuses them by the same rule.
 */
public final class DangerousFiles {

  private static final Set<String> EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi",
      "msp", "mst", "dll", "cpl", "sys", "jar", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "psd1", "hta",
      "lnk", "url", "reg", "inf", "iso", "img", "vhd", "vhdx", "sh", "bash", "app", "apk", "docm", "dotm", "xlsm",
      "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "chm", "gadget", "application", "appx", "msix");
  private static final Set<String> TYPES = Set.of("application/x-msdownload", "application/x-msdos-program",
      "application/x-dosexec", "application/x-executable", "application/java-archive", "application/x-sh",
      "application/x-bat", "application/javascript", "text/javascript", "application/hta", "application/x-ms-shortcut",
      "application/vnd.ms-word.document.macroenabled.12", "application/vnd.ms-excel.sheet.macroenabled.12",
      "application/vnd.ms-powerpoint.presentation.macroenabled.12");

  private DangerousFiles() {}

  /** Whether the file's name or declared type is one never taken in. */
  public static boolean dangerous(String name, String type) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    return EXTENSIONS.contains(extension) || TYPES.contains(type == null ? "" : type.toLowerCase(Locale.ROOT));
  }

  /** Whether the content is a Windows program, whatever its name says. */
  public static boolean executable(byte[] content) {
    return content.length >= 2 && content[0] == 'M' && content[1] == 'Z';
  }

  /** The refused extensions, for a form that refuses a file as soon as it is chosen. */
  public static Set<String> extensions() {
    return EXTENSIONS;
  }
}
