package vn.org.congdoanhanoi.phoihop.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import vn.org.congdoanhanoi.phoihop.kernel.access.BasicCredentials;
import vn.org.congdoanhanoi.phoihop.kernel.access.IdentityChanges;

/**
 * HTTP Basic against Camunda's identity, as Camunda's own provider does it, but a user and password that were just
 * accepted are accepted again for {@link #REMEMBERED} without asking the database: an API client sends its
 * credentials with every call, and checking them cost three engine commands (password, groups, tenants) before the
 * call itself did anything.
 *
 * <p>What is remembered is the user, groups and tenants, under an HMAC of user and password with a key drawn at
 * start-up: no password is kept, and a different password (a wrong one) never finds the entry. What is not
 * remembered is a failure: every wrong password goes to Camunda, which counts it and throttles the account
 * (platform.login); a failure also forgets every remembered login of that user, so that while the account is
 * throttled even the right password waits, as it would without this cache. Any change of users, passwords, groups
 * or memberships on this node ({@link IdentityChanges}) forgets everything; one made on another node is seen here
 * after at most {@link #REMEMBERED}.
 */
final class RememberedBasicAuthentication implements AuthenticationProvider {

  static final Duration REMEMBERED = Duration.ofSeconds(30);
  /** More different credentials than any real set of API clients; past it, everything is forgotten at once. */
  static final int MAX_REMEMBERED = 10_000;
  private static final String HMAC = "HmacSHA256";

  private record Remembered(String userId, List<String> groups, List<String> tenants, long version,
                            long expiresAtNanos) {}

  private final HttpBasicAuthenticationProvider camunda = new HttpBasicAuthenticationProvider();
  private final IdentityChanges changes;
  private final SecretKeySpec key;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  RememberedBasicAuthentication(IdentityChanges changes) {
    this.changes = changes;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, HMAC);
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Optional<BasicCredentials> sent = BasicCredentials.of(request.getHeader("Authorization"));
    if (sent.isEmpty()) {
      return AuthenticationResult.unsuccessful();
    }
    BasicCredentials credentials = sent.get();
    String fingerprint = fingerprint(credentials);
    long version = changes.current();
    Remembered known = remembered.get(fingerprint);
    if (known != null && known.version() == version && System.nanoTime() - known.expiresAtNanos() < 0) {
      return result(known);
    }
    if (known != null) {
      remembered.remove(fingerprint, known);
    }
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(credentials.userId(), credentials.password())) {
      forget(credentials.userId());
      return AuthenticationResult.unsuccessful(credentials.userId());
    }
    Remembered login = new Remembered(credentials.userId(),
        identity.createGroupQuery().groupMember(credentials.userId()).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(credentials.userId()).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList(),
        version, System.nanoTime() + REMEMBERED.toNanos());
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(fingerprint, login);
    return result(login);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    camunda.augmentResponseByAuthenticationChallenge(response, engine);
  }

  /** Forgets the user's remembered logins: the next call with any password asks Camunda again. */
  void forget(String userId) {
    remembered.values().removeIf(login -> login.userId().equals(userId));
  }

  private static AuthenticationResult result(Remembered login) {
    AuthenticationResult result = AuthenticationResult.successful(login.userId());
    result.setGroups(login.groups());
    result.setTenants(login.tenants());
    return result;
  }

  private String fingerprint(BasicCredentials credentials) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      mac.update(credentials.userId().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) ':'); // a user id never holds a colon: user and password cannot be shifted into each other
      return HexFormat.of().formatHex(mac.doFinal(credentials.password().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has " + HMAC, e);
    }
  }
}
