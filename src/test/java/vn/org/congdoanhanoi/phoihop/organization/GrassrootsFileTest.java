package vn.org.congdoanhanoi.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;
import vn.org.congdoanhanoi.phoihop.kernel.yaml.FileProblem;

/** Grassroots unions and departments in the organisation file: the shipped example and every rule, by line. */
class GrassrootsFileTest {

  private static final String UNITS = """
      units:
        - code: thanhpho
          kind: CITY
          name: Thành phố Hà Nội
          federation: Liên đoàn Lao động thành phố Hà Nội
        - code: gialam
          kind: DISTRICT
          localityType: HUYEN
          name: Gia Lâm
          federation: Liên đoàn Lao động huyện Gia Lâm
          partyCommittee: Huyện ủy Gia Lâm
      """;

  @Test
  void gialamHasExampleUnionsWithMailboxesAndTheDepartmentsOfPlan477() throws IOException {
    Organization organization = OrganizationFileParser.parse(OrganizationFileParserTest.shippedFile());

    assertThat(organization.grassrootsUnions()).hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(u -> {
          assertThat(u.districtCode()).isEqualTo("gialam");
          assertThat(u.email()).contains("@");
          assertThat(u.sector()).isNotBlank();
          assertThat(u.exampleData()).isTrue();
        });
    assertThat(organization.departments()).extracting(Department::name)
        .contains("Phòng Lao động – Thương binh và Xã hội", "Bảo hiểm xã hội huyện Gia Lâm", "Phòng Giáo dục và Đào tạo",
            "Công an huyện Gia Lâm", "Phòng Quản lý đô thị", "Trung tâm Y tế huyện Gia Lâm");
    assertThat(organization.departments()).flatExtracting(Department::topics)
        .containsExactlyInAnyOrder("LIVING_JOBS_POLICY", "ADMIN_INSURANCE_EDUCATION_SECURITY", "SKILLED_WORKERS",
            "INFRASTRUCTURE_HOUSING_HEALTH", "OTHER");
  }

  @Test
  void peopleWrittenInAUnionOrDepartmentActForItInTheirDistrict() {
    Organization organization = OrganizationFileParser.parse(UNITS + """
            grassrootsUnions:
              - code: gl-vinhphat
                name: Công đoàn Công ty Vĩnh Phát
                email: CongDoan@VinhPhat.example
                people:
                  - username: vinhphat.chutich
                    fullName: Nguyễn Văn An
            departments:
              - code: gl-ldtbxh
                name: Phòng Lao động – Thương binh và Xã hội
                topics: [LIVING_JOBS_POLICY, OTHER]
        people:
          - username: ldtbxh.truongphong
            fullName: Trần Thị Bình
            unit: gl-ldtbxh
            roles: [DEPARTMENT]
        """);

    assertThat(organization.grassrootsUnions()).singleElement()
        .satisfies(u -> assertThat(u.mailbox()).isEqualTo("congdoan@vinhphat.example"));
    assertThat(organization.people()).extracting(Person::username, Person::unitCode, Person::bodyCode, Person::roles)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("vinhphat.chutich", "gialam", "gl-vinhphat",
                Set.of(Role.GRASSROOTS_UNION)),
            org.assertj.core.groups.Tuple.tuple("ldtbxh.truongphong", "gialam", "gl-ldtbxh", Set.of(Role.DEPARTMENT)));
  }

  @Test
  void everyBrokenRuleIsReportedWithItsLineAndNothingIsTaken() {
    String file = UNITS + """
            grassrootsUnions:
              - code: gialam
                name: Công đoàn trùng mã đơn vị
                email: a@vinhphat.example
              - code: gl-a
                name: Công đoàn A
                email: A@VinhPhat.example
              - code: gl-b
                name: Công đoàn B
                email: khong-phai-thu
              - code: gl-c
                email: c@vinhphat.example
            departments:
              - code: gl-a
                name: Phòng trùng mã công đoàn
              - code: gl-x
                name: Phòng X
                topics: [OTHER, living]
              - code: gl-y
                name: Phòng Y
                topics: [OTHER]
        people:
          - username: sai.vaitro
            fullName: Người sai vai trò
            unit: gialam
            roles: [GRASSROOTS_UNION]
          - username: sai.noi
            fullName: Người sai nơi
            unit: gl-x
            roles: [GRASSROOTS_UNION]
        """;

    List<FileProblem> problems = catchThrowableOfType(InvalidOrganizationFileException.class,
        () -> OrganizationFileParser.parse(file)).problems();

    assertThat(problems).extracting(FileProblem::line, FileProblem::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(13, "units[1].grassrootsUnions[0].code"),
        org.assertj.core.groups.Tuple.tuple(18, "units[1].grassrootsUnions[1].email"),
        org.assertj.core.groups.Tuple.tuple(21, "units[1].grassrootsUnions[2].email"),
        org.assertj.core.groups.Tuple.tuple(22, "units[1].grassrootsUnions[3].name"),
        org.assertj.core.groups.Tuple.tuple(25, "units[1].departments[0].code"),
        org.assertj.core.groups.Tuple.tuple(29, "units[1].departments[1].topics[1]"),
        org.assertj.core.groups.Tuple.tuple(32, "units[1].departments[2].topics[0]"),
        org.assertj.core.groups.Tuple.tuple(37, "people[0].roles[0]"),
        org.assertj.core.groups.Tuple.tuple(41, "people[1].roles[0]"));
    assertThat(problems.get(0).message()).contains("mã 'gialam' đã dùng cho đơn vị 'gialam'");
    assertThat(problems.get(1).message()).contains("hộp thư 'a@vinhphat.example' đã thuộc công đoàn cơ sở 'gialam'");
    assertThat(problems.get(6).message()).contains("chủ đề OTHER đã do phòng, ban 'gl-x'");
  }

  @Test
  void aPartyCommitteeUnderTheCityHasNoPeoplesCommitteeDepartments() {
    String file = UNITS + """
        - code: dukcn
          kind: CITY_PARTY_COMMITTEE
          name: Khu Công nghiệp và Chế xuất
          federation: Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội
          partyCommittee: Đảng ủy các Khu Công nghiệp và Chế xuất Hà Nội
          departments:
            - code: kcn-x
              name: Phòng X
        """.indent(2);

    assertThat(catchThrowableOfType(InvalidOrganizationFileException.class, () -> OrganizationFileParser.parse(file))
        .problems()).extracting(FileProblem::line, FileProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(17, "units[2].departments"));
  }
}
