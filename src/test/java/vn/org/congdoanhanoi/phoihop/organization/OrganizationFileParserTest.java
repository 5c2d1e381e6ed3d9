package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

class OrganizationFileParserTest {

  static String shippedFile() throws IOException {
    try (InputStream in = OrganizationFileParserTest.class.getResourceAsStream("/organization/organization.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedFileHoldsHanoisUnitsOf2022() throws IOException {
    Organization organization = OrganizationFileParser.parse(shippedFile());

    assertThat(organization.units()).filteredOn(u -> u.kind() == UnitKind.DISTRICT).hasSize(30)
        .extracting(Unit::localityType)
        .containsOnly(LocalityType.QUAN, LocalityType.HUYEN, LocalityType.THI_XA);
    assertThat(organization.units()).filteredOn(u -> u.localityType() == LocalityType.QUAN).hasSize(12);
    assertThat(organization.units()).filteredOn(u -> u.localityType() == LocalityType.HUYEN).hasSize(17);
    assertThat(organization.units()).filteredOn(u -> u.kind() == UnitKind.CITY_PARTY_COMMITTEE)
        .extracting(Unit::partyCommitteeName)
        .containsExactly("Đảng ủy Khối các Cơ quan thành phố Hà Nội", "Đảng ủy các Khu Công nghiệp và Chế xuất Hà Nội");
    assertThat(organization.unit("gialam").orElseThrow().email()).isEqualTo("gialam@congdoanhanoi.org.vn");
    assertThat(organization.unit("unghoa").orElseThrow().federationName()).isEqualTo("Liên đoàn Lao động huyện Ứng Hòa");
    assertThat(organization.clusters()).filteredOn(c -> c.year() == 2022).extracting(Cluster::leadUnitCode)
        .containsExactly("badinh", "tayho", "gialam", "phuctho", "unghoa");
    assertThat(organization.clusters()).flatExtracting(Cluster::memberUnitCodes).hasSize(30).doesNotHaveDuplicates();
  }

  @Test
  void theDemoAccountsCoverEveryUnitAndEveryCityRole() throws IOException {
    Organization organization = OrganizationFileParser.parse(shippedFile());
    String demo;
    try (InputStream in = getClass().getResourceAsStream("/organization/demo-people.yaml")) {
      demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Person> people = OrganizationFileParser.parsePeople(demo, organization);
    assertThat(people).hasSize(3 + 2 * 32 + 3);
    assertThat(people).extracting(Person::username).contains("hoankiem.ldld", "hoankiem.capuy", "vanphong",
        "thuongtruc", "truongban", "dukcn.capuy", "gialam.cdcs", "gialam.ldtbxh", "gialam.vanphong");
  }

  @Test
  void anUnknownClusterLeadIsRefusedWithItsLineAndField() {
    String file = """
        units:
          - code: thanhpho
            kind: CITY
            name: Thành phố Hà Nội
            federation: Liên đoàn Lao động thành phố Hà Nội
          - code: badinh
            kind: DISTRICT
            localityType: QUAN
            name: Ba Đình
            federation: Liên đoàn Lao động quận Ba Đình
            partyCommittee: Quận ủy Ba Đình
        clusters:
          - year: 2022
            code: cum1
            name: Cụm Thi đua số 1
            lead: khongco
            members: [badinh]
        """;
    List<FileProblem> problems = problems(file);
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(16);
      assertThat(p.field()).isEqualTo("clusters[0].lead");
      assertThat(p.message()).contains("khongco");
    });
  }

  @Test
  void theChairmansOfficeIsMarkedOncePerDistrict() throws IOException {
    assertThat(OrganizationFileParser.parse(shippedFile()).departments()).filteredOn(Department::chairmansOffice)
        .extracting(Department::code).containsExactly("gl-vanphong");
    String file = """
        units:
          - code: thanhpho
            kind: CITY
            name: Thành phố Hà Nội
            federation: Liên đoàn Lao động thành phố Hà Nội
          - code: badinh
            kind: DISTRICT
            localityType: QUAN
            name: Ba Đình
            federation: Liên đoàn Lao động quận Ba Đình
            partyCommittee: Quận ủy Ba Đình
            departments:
              - code: bd-vanphong
                name: Văn phòng HĐND và UBND quận
                chairmansOffice: true
              - code: bd-vanphong2
                name: Văn phòng thứ hai
                chairmansOffice: true
        """;
    assertThat(problems(file)).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(18);
      assertThat(p.field()).isEqualTo("units[1].departments[1].chairmansOffice");
      assertThat(p.message()).contains("đã có Văn phòng HĐND và UBND");
    });
  }

  @Test
  void aDuplicateUnitCodeAndAMalformedMailboxAreBothReported() {
    String file = """
        units:
          - code: thanhpho
            kind: CITY
            name: Thành phố Hà Nội
            federation: Liên đoàn Lao động thành phố Hà Nội
          - code: badinh
            kind: DISTRICT
            localityType: QUAN
            name: Ba Đình
            federation: Liên đoàn Lao động quận Ba Đình
            partyCommittee: Quận ủy Ba Đình
            email: badinh-at-congdoanhanoi
          - code: badinh
            kind: DISTRICT
            localityType: QUAN
            name: Ba Đình
            federation: Liên đoàn Lao động quận Ba Đình
            partyCommittee: Quận ủy Ba Đình
        """;
    List<FileProblem> problems = problems(file);
    assertThat(problems).extracting(FileProblem::line, FileProblem::field)
        .contains(org.assertj.core.groups.Tuple.tuple(12, "units[1].email"),
            org.assertj.core.groups.Tuple.tuple(13, "units[2].code"));
  }

  @Test
  void missingFieldsUnknownFieldsAndWrongRolesAreNamed() {
    String file = """
        units:
          - code: thanhpho
            kind: CITY
            name: Thành phố Hà Nội
            federation: Liên đoàn Lao động thành phố Hà Nội
          - code: tayho
            kind: DISTRICT
            name: Tây Hồ
            federation: Liên đoàn Lao động quận Tây Hồ
            partyCommitee: Quận ủy Tây Hồ
        people:
          - username: tayho.ldld
            fullName: Cán bộ LĐLĐ quận Tây Hồ
            unit: tayho
            roles: [CITY_OFFICE]
        """;
    assertThat(problems(file)).extracting(FileProblem::field).contains(
        "units[1].localityType", "units[1].partyCommitee", "units[1].partyCommittee", "people[0].roles[0]");
  }

  /**
   * The one rule of {@code YamlDocument}, as in the holiday file: nothing, {@code ~} and {@code null} are no value.
   * Before, this file took {@code ~} as text (a unit named "~", a mailbox "~" refused) and an empty list as an error.
   */
  @Test
  void nothingTildeAndNullAreNoValueSoOptionalFieldsTakeTheirDefaultAndRequiredOnesAreEmpty() {
    String file = "units:\n  - code: thanhpho\n    kind: CITY\n    name: Thành phố Hà Nội\n"
        + "    federation: Liên đoàn Lao động thành phố Hà Nội\n"
        + "    email: ~\n    partyCommitteeEmail:\n    active: null\n"
        + "clusters:\npeople: ~\n";
    Organization organization = OrganizationFileParser.parse(file);
    assertThat(organization.units()).singleElement().satisfies(unit -> {
      assertThat(unit.email()).isNull();
      assertThat(unit.partyCommitteeEmail()).isNull();
      assertThat(unit.active()).isTrue();
    });
    assertThat(organization.clusters()).isEmpty();
    assertThat(organization.people()).isEmpty();

    assertThat(problems(file.replace("name: Thành phố Hà Nội", "name: ~")))
        .containsExactly(new FileProblem(4, "units[0].name", "không được để trống"));
  }

  @Test
  void brokenYamlIsReportedWithItsLine() {
    List<FileProblem> problems = problems("units:\n  - code: [unclosed\n");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void aVietnameseNameIsSplitSoCamundaShowsItInOrder() {
    assertThat(IdentitySynchronizer.splitName("Nguyễn Phi Thường")).containsExactly("Nguyễn Phi", "Thường");
    assertThat(IdentitySynchronizer.splitName("Châu")).containsExactly("Châu", "");
  }

  private static List<FileProblem> problems(String file) {
    return catchThrowableOfType(InvalidOrganizationFileException.class, () -> OrganizationFileParser.parse(file))
        .problems();
  }
}
