package vn.org.congdoanhanoi.phoihop.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole organisation as loaded from a data file or the database; immutable. {@code people} holds everyone,
 * the people of grassroots unions and departments included ({@link Person#bodyCode()}).
 */
public record Organization(List<Unit> units, List<Cluster> clusters, List<Person> people,
                           List<GrassrootsUnion> grassrootsUnions, List<Department> departments) {

  public Organization {
    units = List.copyOf(units);
    clusters = List.copyOf(clusters);
    people = List.copyOf(people);
    grassrootsUnions = List.copyOf(grassrootsUnions);
    departments = List.copyOf(departments);
  }

  /** An organisation without grassroots unions and departments. */
  public Organization(List<Unit> units, List<Cluster> clusters, List<Person> people) {
    this(units, clusters, people, List.of(), List.of());
  }

  public Optional<Unit> unit(String code) {
    return units.stream().filter(u -> u.code().equals(code)).findFirst();
  }

  public Organization withPeople(List<Person> replacement) {
    return new Organization(units, clusters, replacement, grassrootsUnions, departments);
  }

  /**
   * The district's grassroots unions replaced by {@code replacement}; people of its unions that are no longer there
   * are left out (their Camunda accounts stay, without the union's group).
   */
  public Organization withGrassrootsUnions(String districtCode, List<GrassrootsUnion> replacement) {
    List<GrassrootsUnion> unions = new ArrayList<>(grassrootsUnions.stream()
        .filter(u -> !u.districtCode().equals(districtCode)).toList());
    unions.addAll(replacement);
    Organization changed = new Organization(units, clusters, people, unions, departments);
    return changed.withPeople(changed.peopleOfExistingBodies());
  }

  /** The district's departments replaced by {@code replacement}; like {@link #withGrassrootsUnions}. */
  public Organization withDepartments(String districtCode, List<Department> replacement) {
    List<Department> kept = new ArrayList<>(departments.stream()
        .filter(d -> !d.districtCode().equals(districtCode)).toList());
    kept.addAll(replacement);
    Organization changed = new Organization(units, clusters, people, grassrootsUnions, kept);
    return changed.withPeople(changed.peopleOfExistingBodies());
  }

  private List<Person> peopleOfExistingBodies() {
    Set<String> bodies = grassrootsUnions.stream().map(GrassrootsUnion::code)
        .collect(Collectors.toCollection(HashSet::new));
    departments.forEach(d -> bodies.add(d.code()));
    return people.stream().filter(p -> p.bodyCode() == null || bodies.contains(p.bodyCode())).toList();
  }
}
