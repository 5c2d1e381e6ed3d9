package vn.org.congdoanhanoi.phoihop.records.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.RestCaller;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign;

/**
 * The register on PostgreSQL: numbers never repeat or skip, however many ask at once, and a rolled-back request
 * gives its number back. Years far ahead keep these numbers apart from every other test's.
 */
@PostgresIntegrationTest
class OutgoingRegisterConcurrencyTest {

  static final int REQUESTS = 200;

  @Autowired
  OutgoingRegister register;

  @Autowired
  TransactionTemplate transactions;

  @LocalServerPort
  int port;

  @Test
  void twoHundredConcurrentRequestsGetTwoHundredDistinctConsecutiveNumbers() throws Exception {
    LocalDate issuedOn = LocalDate.of(2098, 3, 2);
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<OutgoingDocument>> futures = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        int n = i;
        Callable<OutgoingDocument> request = () -> {
          start.await();
          return register.issue(new IssueRequest("LDLD", DocumentType.BAO_CAO, "Báo cáo thử số " + n, issuedOn, null,
              "test", "9390/LĐLĐ", null, "vanphong"));
        };
        futures.add(pool.submit(request));
      }
      start.countDown();
      List<Integer> numbers = new ArrayList<>();
      for (Future<OutgoingDocument> future : futures) {
        OutgoingDocument document = future.get(120, TimeUnit.SECONDS);
        numbers.add(document.number());
        assertThat(document.symbol()).isEqualTo((document.number() < 10 ? "0" : "") + document.number()
            + "/BC-LĐLĐ");
      }
      assertThat(numbers).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REQUESTS).boxed().toList());
      assertThat(register.search("LDLD", 2098, DocumentType.BAO_CAO, null, null)).hasSize(REQUESTS);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNumberTakenInATransactionThatRollsBackIsGivenAgain() {
    LocalDate issuedOn = LocalDate.of(2097, 1, 5);
    OutgoingDocument first = issue(issuedOn);
    transactions.executeWithoutResult(status -> {
      assertThat(issue(issuedOn).number()).isEqualTo(first.number() + 1);
      status.setRollbackOnly();
    });
    assertThat(issue(issuedOn).number()).isEqualTo(first.number() + 1);
    assertThat(first.symbol()).isEqualTo("01/TB-LĐLĐ");
  }

  @Test
  void eachYearStartsAgainFromOne() {
    assertThat(issue(LocalDate.of(2096, 12, 31)).number()).isEqualTo(1);
    assertThat(issue(LocalDate.of(2096, 12, 31)).number()).isEqualTo(2);
    assertThat(issue(LocalDate.of(2095, 1, 1)).number()).isEqualTo(1);
  }

  @Test
  void theCityOfficeTakesANumberOverTheApiAndADistrictCannotReadTheRegister() {
    RestCaller.Response issued = RestCaller.demo(port, "vanphong").post("/api/outgoing-documents",
        java.util.Map.of("type", "KE_HOACH", SigningCampaign.Vars.SUBJECT.name(),
            "Kế hoạch tổ chức Hội nghị đối thoại năm 2094",
            SigningCampaign.Vars.ISSUED_ON.name(), "2094-02-01", "draftingUnit", "VP"));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    assertThat(issued.json().get("symbol").asText()).isEqualTo("01/KH-LĐLĐ-VP");
    RestCaller.Response listed = RestCaller.demo(port, "thuongtruc").get("/api/outgoing-documents?year=2094");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().get(0).get(SigningCampaign.Vars.SUBJECT.name()).asText()).isEqualTo("Kế hoạch tổ chức Hội nghị đối thoại năm 2094");
    assertThat(RestCaller.demo(port, "hoankiem.ldld").get("/api/outgoing-documents?year=2094").status())
        .isEqualTo(403);
    assertThat(RestCaller.demo(port, "hoankiem.ldld").post("/api/outgoing-documents",
        java.util.Map.of("type", "BAO_CAO", SigningCampaign.Vars.SUBJECT.name(), "Thử")).status()).isEqualTo(403);
    RestCaller.Response wrongType = RestCaller.demo(port, "vanphong").post("/api/outgoing-documents",
        java.util.Map.of("type", "THU_TAY", SigningCampaign.Vars.SUBJECT.name(), "Thử"));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("detail").asText()).contains("Thể loại văn bản");
  }

  private OutgoingDocument issue(LocalDate issuedOn) {
    return register.issue(new IssueRequest("LDLD", DocumentType.THONG_BAO, "Thông báo thử", issuedOn, null, null,
        null, null, "vanphong"));
  }
}
