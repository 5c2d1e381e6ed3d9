package vn.org.congdoanhanoi.phoihop.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.org.congdoanhanoi.phoihop.kernel.sheet.Sheet;

/**
 * Imports and re-applies the organisation. The organisation tables and Camunda's identity tables change in one
 * transaction (the engine joins Spring's), so a refused or failing import leaves both as they were.
 *
 * <p>An import always synchronises in full (it is also how an administrator repairs identity changed by hand);
 * a re-apply at start-up skips the synchronisation when the fingerprint of what it would write is the one stored
 * by the last synchronisation.
 */
@Service
@RequiredArgsConstructor
public class OrganizationService {

  private final OrganizationRepository repository;
  private final IdentitySynchronizer identity;
  private final IdentityService identityService;
  private final List<AdditionalPeople> additionalPeople;
  private final TransactionTemplate transaction;
  private final OrganizationDirectory directory;
  private final IdentitySyncState syncState;
  private final TasklistFilters tasklistFilters;

  /** Replaces the whole organisation with the file's; refused as a whole with every problem listed. */
  public Organization importFile(String text) {
    Organization parsed = OrganizationFileParser.parse(text);
    return apply(() -> parsed, true);
  }

  /**
   * Replaces the district's grassroots unions with the spreadsheet's, checked against the organisation as stored
   * when the synchronisation's lock is held, so two imports at once (of one district or two) cannot lose or
   * duplicate a union; the people of unions no longer listed lose the union's group.
   */
  public Organization replaceGrassrootsUnions(String districtCode, Sheet sheet) {
    return apply(() -> {
      Organization stored = withoutDemoAccounts(repository.load());
      return stored.withGrassrootsUnions(districtCode, DistrictSheets.grassrootsUnions(sheet, districtCode, stored));
    }, true);
  }

  /** Replaces the district's People's Committee departments with the spreadsheet's, like the grassroots unions. */
  public Organization replaceDepartments(String districtCode, Sheet sheet) {
    return apply(() -> {
      Organization stored = withoutDemoAccounts(repository.load());
      return stored.withDepartments(districtCode, DistrictSheets.departments(sheet, districtCode, stored));
    }, true);
  }

  /** Demo accounts are never stored data: each application of the organisation adds them anew (demo profile). */
  private static Organization withoutDemoAccounts(Organization stored) {
    return stored.withPeople(stored.people().stream().filter(p -> !p.demoAccount()).toList());
  }

  /** Re-applies the stored organisation, e.g. at start-up; demo accounts come and go with the demo profile. */
  public Organization reapply() {
    Organization stored = repository.load();
    Organization result = apply(() -> withoutDemoAccounts(stored), false);
    Set<String> kept = new HashSet<>();
    result.people().forEach(p -> kept.add(p.username()));
    stored.people().stream()
        .filter(p -> p.demoAccount() && !kept.contains(p.username()))
        .forEach(p -> identityService.deleteUser(p.username()));
    return result;
  }

  public boolean isEmpty() {
    return repository.isEmpty();
  }

  public Organization current() {
    return repository.load();
  }

  /**
   * Applies the organisation {@code change} gives; {@code change} runs under the synchronisation's lock, so what it
   * reads from the tables is what it replaces.
   */
  private Organization apply(Supplier<Organization> change, boolean evenIfUnchanged) {
    // The caller was authorised already; the synchronisation itself must not depend on which permissions they hold.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return transaction.execute(status -> {
        // Locked first, so that nodes starting together synchronise one after the other and the later one skips,
        // and two imports of district lists run one after the other.
        String stored = syncState.lockFingerprint();
        Organization complete = withAdditionalPeople(change.get());
        String fingerprint = identity.fingerprint(complete);
        if (fingerprint.equals(stored) && !evenIfUnchanged) {
          // The filters are not in the fingerprint: checking them takes eight reads and writes only what changed.
          tasklistFilters.ensureFilters();
          return complete;
        }
        repository.replaceAll(complete);
        identity.synchronize(complete);
        syncState.storeFingerprint(fingerprint);
        return complete;
      });
    } finally {
      directory.invalidate();
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private Organization withAdditionalPeople(Organization organization) {
    List<Person> people = new ArrayList<>(organization.people());
    Set<String> usernames = new HashSet<>();
    people.forEach(p -> usernames.add(p.username()));
    for (AdditionalPeople source : additionalPeople) {
      source.peopleFor(organization).stream().filter(p -> usernames.add(p.username())).forEach(people::add);
    }
    return organization.withPeople(people);
  }
}
