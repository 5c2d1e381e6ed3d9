package vn.org.congdoanhanoi.phoihop.organization;

import java.util.Set;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;

/**
 * A person who acts in the system. {@code initialPassword} is set only for new demo accounts; real people get
 * their password from an administrator in Camunda Admin. {@code unitCode} is the person's district-level unit (or
 * the city); the people of a grassroots union or a district department also name it in {@code bodyCode} (their role
 * is then {@link Role#GRASSROOTS_UNION} or {@link Role#DEPARTMENT}), otherwise it is {@code null}.
 */
public record Person(String username, String fullName, String title, String email, String phone, String unitCode,
                     Set<Role> roles, String initialPassword, boolean demoAccount, String bodyCode) {

  public Person {
    roles = Set.copyOf(roles);
  }

  /** A person of a unit's own bodies (federation, Party committee, the city's). */
  public Person(String username, String fullName, String title, String email, String phone, String unitCode,
                Set<Role> roles, String initialPassword, boolean demoAccount) {
    this(username, fullName, title, email, phone, unitCode, roles, initialPassword, demoAccount, null);
  }

  public Person asDemoAccount(String password) {
    return new Person(username, fullName, title, email, phone, unitCode, roles, password, true, bodyCode);
  }
}
