package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.org.congdoanhanoi.phoihop.PostgresIntegrationTest;
import vn.org.congdoanhanoi.phoihop.SqlStatementCounter;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;

/**
 * The identity synchronisation owns only the memberships it created from the organisation, and a start-up with
 * the same organisation and the same code writes nothing to Camunda's identity.
 */
@PostgresIntegrationTest
class IdentitySynchronizationTest {

  /** Created in Camunda Admin, never in a file. */
  static final String ADDED_BY_ADMIN = "idsync.tonghop";
  /** A person only the file of one test gives. */
  static final String FROM_A_FILE = "idsync.vanthu";
  /** A person of the demo organisation, given other groups by the file. */
  static final String PERSON_OF_THE_FILE = "hoankiem.ldld";

  @Autowired
  OrganizationService organizationService;

  @Autowired
  OrganizationStartup startup;

  @Autowired
  IdentitySynchronizer synchronizer;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DataSource dataSource;

  @Autowired
  List<StartableProcess> startableProcesses;

  @AfterEach
  void shippedOrganisationAndNoneOfOurMemberships() throws Exception {
    organizationService.importFile(OrganizationFileParserTest.shippedFile());
    identityService.deleteMembership(PERSON_OF_THE_FILE, Groups.CITY_OFFICE);
    for (String user : List.of(ADDED_BY_ADMIN, FROM_A_FILE)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void membershipsAnAdministratorAddedToAManagedGroupSurviveStartUpAndImport() throws Exception {
    identityService.saveUser(identityService.newUser(ADDED_BY_ADMIN));
    identityService.createMembership(ADDED_BY_ADMIN, Groups.CITY_OFFICE);
    identityService.createMembership(PERSON_OF_THE_FILE, Groups.CITY_OFFICE);

    organizationService.importFile(OrganizationFileParserTest.shippedFile());
    assertThat(membersOf(Groups.CITY_OFFICE)).contains(ADDED_BY_ADMIN, PERSON_OF_THE_FILE);

    forgetLastSynchronisation();
    startUp();
    assertThat(membersOf(Groups.CITY_OFFICE)).contains(ADDED_BY_ADMIN, PERSON_OF_THE_FILE, "nguyenbachau");
    assertThat(membersOf(Groups.federation("hoankiem"))).containsExactly(PERSON_OF_THE_FILE);
  }

  @Test
  void aMembershipIsRemovedOnlyWhenTheFileThatGaveItNoLongerHasIt() throws Exception {
    organizationService.importFile(withCityOfficePerson(FROM_A_FILE));
    identityService.saveUser(identityService.newUser(ADDED_BY_ADMIN));
    identityService.createMembership(ADDED_BY_ADMIN, Groups.CITY_OFFICE);
    assertThat(membersOf(Groups.CITY_OFFICE)).contains(FROM_A_FILE, ADDED_BY_ADMIN);

    organizationService.importFile(OrganizationFileParserTest.shippedFile());

    assertThat(membersOf(Groups.CITY_OFFICE)).contains(ADDED_BY_ADMIN, "nguyenbachau").doesNotContain(FROM_A_FILE);
    assertThat(identityService.createUserQuery().userId(FROM_A_FILE).count())
        .as("users are never deleted, their history stays readable").isEqualTo(1);
  }

  @Test
  void aStartUpWithAnUnchangedOrganisationWritesNothingAndReadsLittle() throws Exception {
    organizationService.importFile(OrganizationFileParserTest.shippedFile());
    List<Object> before = identityRows();

    long unchangedStart = System.nanoTime();
    int unchanged = statementsOf(this::startUp);
    long unchangedNanos = System.nanoTime() - unchangedStart;
    assertThat(identityRows()).as("no row of Camunda's identity written").isEqualTo(before);

    forgetLastSynchronisation();
    long fullStart = System.nanoTime();
    int full = statementsOf(this::startUp);
    long fullNanos = System.nanoTime() - fullStart;
    assertThat(identityRows()).as("a full synchronisation of the same organisation changes nothing").isEqualTo(before);

    System.out.printf("Start-up synchronisation: unchanged %d statements in %d ms, full %d statements in %d ms%n",
        unchanged, unchangedNanos / 1_000_000, full, fullNanos / 1_000_000);
    assertThat(unchanged).isLessThanOrEqualTo(20);
    // Statements, not milliseconds, are asserted: they measure the work without the machine's load.
    assertThat(full).isGreaterThan(10 * unchanged);
  }

  @Test
  void aStartUpWithAChangedOrganisationSynchronises() {
    jdbc.update("update org_person set email = 'chau.idsync@congdoanhanoi.org.vn' where username = 'nguyenbachau'");

    startUp();

    User user = identityService.createUserQuery().userId("nguyenbachau").singleResult();
    assertThat(user.getEmail()).isEqualTo("chau.idsync@congdoanhanoi.org.vn");
  }

  @Test
  void theFingerprintCoversTheGrantsTheCodeWantsButNotTheOrderOfTheFile() throws Exception {
    Organization organization = organizationService.current();
    List<StartableProcess> oneMore = new ArrayList<>(startableProcesses);
    oneMore.add(new StartableProcess("idsyncNewProcess", Set.of(Groups.CITY_OFFICE)));
    IdentitySynchronizer nextVersion = new IdentitySynchronizer(null, null, null, null, oneMore);

    assertThat(nextVersion.fingerprint(organization)).isNotEqualTo(synchronizer.fingerprint(organization));

    List<Person> reversed = new ArrayList<>(organization.people());
    Collections.reverse(reversed);
    assertThat(synchronizer.fingerprint(organization.withPeople(reversed)))
        .isEqualTo(synchronizer.fingerprint(organization));
  }

  private void startUp() {
    try {
      startup.run(new DefaultApplicationArguments());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** As on the first start after an upgrade: no fingerprint stored yet. */
  private void forgetLastSynchronisation() {
    jdbc.update("update org_identity_sync set fingerprint = null");
  }

  private int statementsOf(Runnable work) {
    try (SqlStatementCounter counter = SqlStatementCounter.start(dataSource)) {
      return counter.count(work);
    }
  }

  private List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).unlimitedList().stream().map(User::getId)
        .toList();
  }

  /** Every identity row with its revision: a write, even one that changes no value, shows here. */
  private List<Object> identityRows() {
    return List.of(
        jdbc.queryForList("select id_, rev_ from act_id_user order by id_"),
        jdbc.queryForList("select id_, rev_ from act_id_group order by id_"),
        jdbc.queryForList("select user_id_, group_id_ from act_id_membership order by 1, 2"),
        jdbc.queryForList("select id_, rev_ from act_ru_authorization order by id_"),
        jdbc.queryForList("select id_, rev_ from act_ru_filter order by id_"));
  }

  private static String withCityOfficePerson(String username) throws Exception {
    return OrganizationFileParserTest.shippedFile().replace("\npeople:\n", """

        people:
          - username: %s
            fullName: Trần Thị Văn Thư
            title: Chuyên viên Văn phòng
            unit: thanhpho
            roles: [CITY_OFFICE]
        """.formatted(username));
  }
}
