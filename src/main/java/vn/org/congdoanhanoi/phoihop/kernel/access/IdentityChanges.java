package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A version number of Camunda's identity (users, passwords, groups, memberships, tenants) as this node changed it.
 * Whatever is derived from the identity and kept in memory (the REST login's cache of good credentials, the mail
 * recipients of a group) remembers the version it was read at and is thrown away once the version moved on.
 *
 * <p>The identity store calls {@link #changed()} twice per change: when it writes, and when that write commits. A
 * reader that began between the two read the old rows but already saw the new number; the second call makes what
 * it keeps stale as well. Changes made on another node are not seen here: such caches also expire after a short
 * time of their own.
 */
@Component
public class IdentityChanges {

  private final AtomicLong version = new AtomicLong();

  /** The version to remember before reading the identity. */
  public long current() {
    return version.get();
  }

  public void changed() {
    version.incrementAndGet();
  }
}
