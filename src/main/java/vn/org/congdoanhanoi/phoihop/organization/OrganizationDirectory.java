package vn.org.congdoanhanoi.phoihop.organization;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

  private record Snapshot(Organization organization, long loadedAtNanos) {}

  public Organization current() {
    Snapshot current = snapshot;
    if (current == null || System.nanoTime() - current.loadedAtNanos() > MAX_AGE.toNanos()) {
      current = new Snapshot(repository.load(), System.nanoTime());
      snapshot = current;
    }
    return current.organization();
  }

  /** Called after an import has committed (or failed): the next question reads the tables again. */
  void invalidate() {
    snapshot = null;
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
