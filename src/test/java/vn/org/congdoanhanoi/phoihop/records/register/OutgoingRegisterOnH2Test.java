package vn.org.congdoanhanoi.phoihop.records.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.org.congdoanhanoi.phoihop.kernel.time.EngineClock;

/** The register's SQL (row lock, binary file column) on H2, the database of the run command. */
class OutgoingRegisterOnH2Test {

  @Test
  void numbersAndFilesWorkOnH2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:register;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    OutgoingRegister register = new OutgoingRegister(JdbcClient.create(dataSource), new EngineClock());

    OutgoingDocument first = register.issue(new IssueRequest("LDLD", DocumentType.BAO_CAO, "Báo cáo thử",
        LocalDate.of(2022, 6, 30), null, "signing-campaign", "222/LĐLĐ", null, "vanphong"));
    OutgoingDocument second = register.issue(new IssueRequest("LDLD", DocumentType.CONG_VAN, "V/v thử",
        LocalDate.of(2022, 7, 1), "VP", null, null, null, "vanphong"));
    register.attach(first.id(), new StoredFile("Báo cáo 01-BC-LĐLĐ.docx", "application/octet-stream",
        new byte[] {1, 2, 3}));

    assertThat(first.symbol()).isEqualTo("01/BC-LĐLĐ");
    assertThat(second.symbol()).isEqualTo("02/LĐLĐ-VP");
    assertThat(register.file(first.id()).orElseThrow().content()).containsExactly(1, 2, 3);
    assertThat(register.search("LDLD", 2022, null, "signing-campaign", "222/LĐLĐ")).extracting(
        OutgoingDocument::fileName).containsExactly("Báo cáo 01-BC-LĐLĐ.docx");
  }
}
