package vn.org.congdoanhanoi.phoihop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule table programme-host (bpmn/programme/programme-host.dmn), evaluated as the engine does, for every year of a
 * term: the host is the other party from last year, starting with firstHost, whoever starts and however long the term.
 */
class ProgrammeHostRuleTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void readTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = Files.newInputStream(Path.of("bpmn/programme/programme-host.dmn"))) {
      decision = dmn.parseDecision(CoordinationProgramme.HOST_DECISION, table);
    }
  }

  @ParameterizedTest(name = "{0}–{1}, first host {2}")
  @CsvSource({"2022, 2027, thanhpho", "2022, 2027, nghean", "2023, 2023, nghean", "2020, 2029, thanhpho"})
  void everyYearOfTheTermIsHostedByLastYearsGuest(int termStart, int termEnd, String firstHost) {
    List<String> hosts = hosts(termStart, termEnd, firstHost, "thanhpho", "nghean");
    assertThat(hosts).hasSize(termEnd - termStart + 1);
    for (int i = 0; i < hosts.size(); i++) {
      String other = firstHost.equals("thanhpho") ? "nghean" : "thanhpho";
      assertThat(hosts.get(i)).as("host of %s", termStart + i).isEqualTo(i % 2 == 0 ? firstHost : other);
    }
  }

  @Test
  void seed002HanoiHostsTheEvenYearsAndNgheAnTheOddOnes() {
    assertThat(hosts(2022, 2027, "thanhpho", "thanhpho", "nghean"))
        .containsExactly("thanhpho", "nghean", "thanhpho", "nghean", "thanhpho", "nghean");
  }

  @Test
  void aReplacedGuestIsSucceededByTheNewPartyAndAReplacedHostLetsTheGuestHost() {
    // Last year Hà Nội hosted Nghệ An; Nghệ An was replaced by Gia Lâm: the new party hosts.
    assertThat(host("thanhpho", "nghean", "thanhpho", "gialam", "thanhpho")).isEqualTo("gialam");
    // Last year Nghệ An hosted Hà Nội; Nghệ An was replaced: Hà Nội, last year's guest, hosts.
    assertThat(host("nghean", "thanhpho", "thanhpho", "gialam", "thanhpho")).isEqualTo("thanhpho");
    // Both replaced: the first party hosts.
    assertThat(host("nghean", "thanhpho", "gialam", "donganh", "thanhpho")).isEqualTo("gialam");
  }

  private static List<String> hosts(int termStart, int termEnd, String firstHost, String partyA, String partyB) {
    List<String> hosts = new ArrayList<>();
    String previousHost = null;
    String previousGuest = null;
    for (int year = termStart; year <= termEnd; year++) {
      String host = host(previousHost, previousGuest, partyA, partyB, firstHost);
      hosts.add(host);
      previousGuest = host.equals(partyA) ? partyB : partyA;
      previousHost = host;
    }
    return hosts;
  }

  private static String host(String previousHost, String previousGuest, String partyA, String partyB,
                             String firstHost) {
    Map<String, Object> variables = new HashMap<>();
    CoordinationProgramme.Vars.PREVIOUS_HOST.putInto(variables, previousHost);
    CoordinationProgramme.Vars.PREVIOUS_GUEST.putInto(variables, previousGuest);
    CoordinationProgramme.Vars.PARTY_A.putInto(variables, partyA);
    CoordinationProgramme.Vars.PARTY_B.putInto(variables, partyB);
    CoordinationProgramme.Vars.FIRST_HOST.putInto(variables, firstHost);
    return dmn.evaluateDecisionTable(decision, variables).getSingleEntry();
  }
}
