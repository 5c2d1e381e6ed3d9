package vn.org.congdoanhanoi.phoihop.records.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.time.VietnameseDates;

/** Number and symbol, and the date line, as Nghị định 30/2020/NĐ-CP writes them. */
class DocumentSymbolsTest {

  @Test
  void aReportCarriesItsTypeAndTheIssuersAbbreviation() {
    assertThat(DocumentSymbols.format(15, DocumentType.BAO_CAO, "LĐLĐ", null)).isEqualTo("15/BC-LĐLĐ");
    assertThat(DocumentSymbols.format(477, DocumentType.KE_HOACH, "LĐLĐ", null)).isEqualTo("477/KH-LĐLĐ");
  }

  @Test
  void theFirstNineNumbersHaveALeadingZero() {
    assertThat(DocumentSymbols.format(1, DocumentType.QUYET_DINH, "LĐLĐ", null)).isEqualTo("01/QĐ-LĐLĐ");
  }

  @Test
  void aLetterHasNoTypeAbbreviationAndMayNameItsDraftingUnit() {
    assertThat(DocumentSymbols.format(222, DocumentType.CONG_VAN, "LĐLĐ", null)).isEqualTo("222/LĐLĐ");
    assertThat(DocumentSymbols.format(222, DocumentType.CONG_VAN, "LĐLĐ", "VP")).isEqualTo("222/LĐLĐ-VP");
  }

  @Test
  void theDateLinePadsDaysBelowTenAndJanuaryAndFebruaryOnly() {
    assertThat(VietnameseDates.placeAndDate("Hà Nội", LocalDate.of(2022, 6, 30)))
        .isEqualTo("Hà Nội, ngày 30 tháng 6 năm 2022");
    assertThat(VietnameseDates.placeAndDate("Hà Nội", LocalDate.of(2022, 2, 5)))
        .isEqualTo("Hà Nội, ngày 05 tháng 02 năm 2022");
    assertThat(VietnameseDates.inWords(LocalDate.of(2022, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2022");
  }
}
