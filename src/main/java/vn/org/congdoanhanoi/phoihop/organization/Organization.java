package vn.org.congdoanhanoi.phoihop.organization;

import java.util.List;
import java.util.Optional;

/** The whole organisation as loaded from a data file or the database; immutable. */
public record Organization(List<Unit> units, List<Cluster> clusters, List<Person> people) {

  public Organization {
    units = List.copyOf(units);
    clusters = List.copyOf(clusters);
    people = List.copyOf(people);
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Organization withPeople(List<Person> replacement) {
    return new Organization(units, clusters, replacement);
  }
}
