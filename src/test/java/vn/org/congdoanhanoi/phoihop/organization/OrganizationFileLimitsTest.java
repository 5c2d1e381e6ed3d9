package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Hostile organisation files stop early with a problem to fix, never an error or an exhausted memory. */
class OrganizationFileLimitsTest {

  @Test
  void anAliasBombIsRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String p = "*" + (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, p)))
          .append("]\n");
    }
    bomb.append("units: *j\n");
    assertThatThrownBy(() -> OrganizationFileParser.parse(bomb.toString()))
        .isInstanceOf(InvalidOrganizationFileException.class)
        .hasMessageContaining("bí danh");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "units: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThatThrownBy(() -> OrganizationFileParser.parse(deep))
        .isInstanceOf(InvalidOrganizationFileException.class)
        .hasMessageContaining("lồng nhau");
  }
}
