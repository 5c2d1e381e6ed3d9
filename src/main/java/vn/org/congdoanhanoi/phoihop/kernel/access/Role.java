package vn.org.congdoanhanoi.phoihop.kernel.access;

import java.util.Set;

/** What a person does in the coordination work; each role maps to one Camunda group of the person's unit. */
public enum Role {
  /** Standing committee of a district-level federation (Ban Thường vụ LĐLĐ quận/huyện/thị xã). */
  FEDERATION(Set.of(UnitKind.DISTRICT, UnitKind.CITY_PARTY_COMMITTEE)),
  /** Standing committee of the paired Party committee (Ban Thường vụ Quận/Huyện/Thị ủy, Đảng ủy). */
  PARTY_COMMITTEE(Set.of(UnitKind.DISTRICT, UnitKind.CITY_PARTY_COMMITTEE)),
  /** Standing committee of the city federation (Thường trực LĐLĐ Thành phố). */
  CITY_STANDING(Set.of(UnitKind.CITY)),
  /** The city federation's office (Văn phòng LĐLĐ Thành phố). */
  CITY_OFFICE(Set.of(UnitKind.CITY)),
  /** Heads of the city federation's departments (Trưởng các Ban LĐLĐ Thành phố). */
  CITY_DEPARTMENT(Set.of(UnitKind.CITY)),
  /** A grassroots union's officer (công đoàn cơ sở); held in a union of a district, never in a unit itself. */
  GRASSROOTS_UNION(Set.of()),
  /** A department of a district People's Committee (phòng, ban UBND huyện); held in a department, never in a unit. */
  DEPARTMENT(Set.of());

  private final Set<UnitKind> allowedUnitKinds;

  Role(Set<UnitKind> allowedUnitKinds) {
    this.allowedUnitKinds = allowedUnitKinds;
  }

  public boolean allowedIn(UnitKind kind) {
    return allowedUnitKinds.contains(kind);
  }

  /** Whether the role is held in a grassroots union or a department of a district rather than in a unit. */
  public boolean heldInBody() {
    return this == GRASSROOTS_UNION || this == DEPARTMENT;
  }
}
