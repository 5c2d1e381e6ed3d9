package vn.org.congdoanhanoi.phoihop.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The demo accounts: one federation and one Party committee account per unit, and the city's roles. */
@Component
@Profile("demo")
class DemoPeople implements AdditionalPeople {

  private final Resource file;
  private final String password;

  DemoPeople(@Value("${phoihop.demo.people}") Resource file, @Value("${phoihop.demo.password}") String password) {
    this.file = file;
    this.password = password;
  }

  @Override
  public List<Person> peopleFor(Organization organization) {
    try {
      String text = file.getContentAsString(StandardCharsets.UTF_8);
      return OrganizationFileParser.parsePeople(text, organization).stream()
          .map(p -> p.asDemoAccount(password))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo accounts from " + file, e);
    }
  }
}
