package vn.org.congdoanhanoi.phoihop.records.register;


/** The number and symbol (số, ký hiệu) of an outgoing document, as printed after "Số:". */
public final class DocumentSymbols {

  private DocumentSymbols() {}

  /**
   * "15/BC-LĐLĐ"; a letter "222/LĐLĐ", with its drafting unit "222/LĐLĐ-VP". Numbers run from 01 each year
   * (Nghị định 30/2020/NĐ-CP, Phụ lục III), so the first nine are written with a leading zero.
   */
  public static String format(int number, DocumentType type, String issuer, String draftingUnit) {
    StringBuilder symbol = new StringBuilder(number < 10 ? "0" + number : String.valueOf(number)).append('/');
    if (type.abbreviation() != null) {
      symbol.append(type.abbreviation()).append('-');
    }
    symbol.append(issuer);
    if (draftingUnit != null && !draftingUnit.isBlank()) {
      symbol.append('-').append(draftingUnit.trim());
    }
    return symbol.toString();
  }
}
