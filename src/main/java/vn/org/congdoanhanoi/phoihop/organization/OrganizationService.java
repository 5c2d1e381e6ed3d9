package vn.org.congdoanhanoi.phoihop.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    return apply(OrganizationFileParser.parse(text), true);
  }

  /** Re-applies the stored organisation, e.g. at start-up; demo accounts come and go with the demo profile. */
  public Organization reapply() {
    Organization stored = repository.load();
    List<Person> realPeople = stored.people().stream().filter(p -> !p.demoAccount()).toList();
    Organization result = apply(stored.withPeople(realPeople), false);
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

  private Organization apply(Organization fromFile, boolean evenIfUnchanged) {
    Organization complete = withAdditionalPeople(fromFile);
    // The caller was authorised already (administrators only); the synchronisation itself must not depend on
    // which permissions that administrator holds.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      transaction.executeWithoutResult(status -> {
        String fingerprint = identity.fingerprint(complete);
        // Locked first, so that nodes starting together synchronise one after the other and the later one skips.
        boolean unchanged = fingerprint.equals(syncState.lockFingerprint());
        if (unchanged && !evenIfUnchanged) {
          // The filters are not in the fingerprint: checking them takes eight reads and writes only what changed.
          tasklistFilters.ensureFilters();
          return;
        }
        repository.replaceAll(complete);
        identity.synchronize(complete);
        syncState.storeFingerprint(fingerprint);
      });
    } finally {
      directory.invalidate();
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return complete;
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
