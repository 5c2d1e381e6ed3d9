package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers questions about the current organisation for processes and forms. Reads the tables each time: they
 * are small, and an import must take effect at once for every process.
 */
@Component("organizationNames")
public class OrganizationDirectory {

  private final OrganizationRepository repository;

  OrganizationDirectory(OrganizationRepository repository) {
    this.repository = repository;
  }

  public Organization current() {
    return repository.load();
  }

  public Optional<Unit> unit(String code) {
    return current().unit(code);
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
    return clusters(year).stream().filter(c -> c.memberUnitCodes().contains(unitCode)).findFirst();
  }

  public Optional<Cluster> cluster(int year, String clusterCode) {
    return clusters(year).stream().filter(c -> c.code().equals(clusterCode)).findFirst();
  }

  public List<Person> peopleWithRole(Role role) {
    return current().people().stream().filter(p -> p.roles().contains(role)).toList();
  }
}
