package vn.org.congdoanhanoi.phoihop.organization;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;

/**
 * Answers questions about the current organisation for processes, forms, mails and reports. Callers ask many
 * questions per step (a report names 32 units), so the organisation is kept as one snapshot: an import on this node
 * replaces it at once, and a snapshot is never older than {@link #MAX_AGE}, so an import on another node of a
 * cluster reaches this one within that time.
 */
@Component("organizationNames")
@RequiredArgsConstructor
public class OrganizationDirectory {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private final OrganizationRepository repository;
  private volatile Snapshot snapshot;

  private record Snapshot(Organization organization, Bodies bodies, long loadedAtNanos) {}

  /**
   * Units, clusters, grassroots unions and departments indexed once per snapshot: mail intake asks once per message,
   * a campaign's start and its matrix once per unit (ten thousand units read by scanning the list cost a hundred
   * million comparisons per matrix).
   */
  private record Bodies(Map<String, Unit> unitsByCode, Map<String, Cluster> clusterByYearAndUnit,
                        Map<String, GrassrootsUnion> unionsByCode, Map<String, GrassrootsUnion> unionsByMailbox,
                        Map<String, List<GrassrootsUnion>> unionsByDistrict, Map<String, Department> departmentsByCode,
                        Map<String, List<Department>> departmentsByDistrict, Map<String, Department> byDistrictTopic) {

    static Bodies of(Organization organization) {
      Map<String, Unit> units = new HashMap<>();
      organization.units().forEach(unit -> units.putIfAbsent(unit.code(), unit));
      Map<String, Cluster> clusters = new HashMap<>();
      organization.clusters().forEach(cluster -> cluster.memberUnitCodes()
          .forEach(code -> clusters.putIfAbsent(clusterKey(cluster.year(), code), cluster)));
      Map<String, GrassrootsUnion> byCode = new HashMap<>();
      Map<String, GrassrootsUnion> byMailbox = new HashMap<>();
      for (GrassrootsUnion union : organization.grassrootsUnions()) {
        byCode.put(union.code(), union);
        byMailbox.put(union.mailbox(), union);
      }
      Map<String, Department> departments = new HashMap<>();
      Map<String, Department> byTopic = new HashMap<>();
      for (Department department : organization.departments()) {
        departments.put(department.code(), department);
        department.topics().forEach(t -> byTopic.put(department.districtCode() + "/" + t, department));
      }
      return new Bodies(units, clusters, byCode, byMailbox, organization.grassrootsUnions().stream()
          .collect(Collectors.groupingBy(GrassrootsUnion::districtCode)), departments,
          organization.departments().stream().collect(Collectors.groupingBy(Department::districtCode)), byTopic);
    }
  }

  public Organization current() {
    return snapshot().organization();
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAtNanos() > MAX_AGE.toNanos()) {
      Organization organization = repository.load();
      current = new Snapshot(organization, Bodies.of(organization), System.nanoTime());
      snapshot = current;
    }
    return current;
  }

  /** Called after an import has committed (or failed): the next question reads the tables again. */
  void invalidate() {
    snapshot = null;
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(snapshot().bodies().unitsByCode().get(code));
  }

  /** The federation's name of a unit, e.g. "Liên đoàn Lao động quận Hoàn Kiếm"; the code if unknown. */
  public String federation(String unitCode) {
    return unit(unitCode).map(Unit::federationName).orElse(unitCode);
  }

  /** Units that take part in a campaign by default: every active district and Party committee under the City. */
  public List<Unit> defaultSigningUnits() {
    return current().units().stream().filter(u -> u.active() && u.kind().hasPartyCommittee()).toList();
  }

  public List<Cluster> clusters(int year) {
    return current().clusters().stream().filter(c -> c.year() == year).toList();
  }

  public Optional<Cluster> clusterOf(int year, String unitCode) {
    return Optional.ofNullable(snapshot().bodies().clusterByYearAndUnit().get(clusterKey(year, unitCode)));
  }

  private static String clusterKey(int year, String unitCode) {
    return year + "/" + unitCode;
  }

  public Optional<Cluster> cluster(int year, String clusterCode) {
    return clusters(year).stream().filter(c -> c.code().equals(clusterCode)).findFirst();
  }

  /** The district's grassroots unions, in the order of the file or spreadsheet. */
  public List<GrassrootsUnion> grassrootsUnions(String districtCode) {
    return snapshot().bodies().unionsByDistrict().getOrDefault(districtCode, List.of());
  }

  public Optional<GrassrootsUnion> grassrootsUnit(String code) {
    return Optional.ofNullable(snapshot().bodies().unionsByCode().get(code));
  }

  /**
   * The grassroots union whose mailbox {@code address} is, compared as {@link Mailboxes#normalise} writes it (any
   * case, with or without a display name: {@code "CĐ Vĩnh Phát" <CongDoan@VinhPhat.vn>}).
   */
  public Optional<GrassrootsUnion> grassrootsUnitByMailbox(String address) {
    return address == null ? Optional.empty()
        : Optional.ofNullable(snapshot().bodies().unionsByMailbox().get(Mailboxes.normalise(address)));
  }

  /** The district People's Committee's departments, in the order of the file or spreadsheet. */
  public List<Department> departments(String districtCode) {
    return snapshot().bodies().departmentsByDistrict().getOrDefault(districtCode, List.of());
  }

  public Optional<Department> department(String code) {
    return Optional.ofNullable(snapshot().bodies().departmentsByCode().get(code));
  }

  /** The department of the district that answers {@code topicCode} by default (its {@code topics}). */
  public Optional<Department> defaultDepartment(String districtCode, String topicCode) {
    return Optional.ofNullable(snapshot().bodies().byDistrictTopic().get(districtCode + "/" + topicCode));
  }

  /** The district's chairman's office (Văn phòng HĐND và UBND), when the organisation data marks one. */
  public Optional<Department> chairmansOffice(String districtCode) {
    return departments(districtCode).stream().filter(Department::chairmansOffice).findFirst();
  }

  /** The people of a grassroots union or department, e.g. to mail them beside its mailbox. */
  public List<Person> peopleOf(String bodyCode) {
    return current().people().stream().filter(p -> bodyCode.equals(p.bodyCode())).toList();
  }

  public List<Person> peopleWithRole(Role role) {
    return current().people().stream().filter(p -> p.roles().contains(role)).toList();
  }
}
