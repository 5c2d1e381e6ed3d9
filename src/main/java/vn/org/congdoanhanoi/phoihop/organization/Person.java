package vn.org.congdoanhanoi.phoihop.organization;

import java.util.Set;
import vn.org.congdoanhanoi.phoihop.kernel.access.Role;

/**
 * A person who acts in the system. {@code initialPassword} is set only for new demo accounts; real people get
 * their password from an administrator in Camunda Admin.
 */
public record Person(String username, String fullName, String title, String email, String phone, String unitCode,
                     Set<Role> roles, String initialPassword, boolean demoAccount) {

  public Person {
    roles = Set.copyOf(roles);
  }

  public Person asDemoAccount(String password) {
    return new Person(username, fullName, title, email, phone, unitCode, roles, password, true);
  }
}
