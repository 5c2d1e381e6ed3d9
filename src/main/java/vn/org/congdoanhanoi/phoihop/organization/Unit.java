package vn.org.congdoanhanoi.phoihop.organization;

import vn.org.congdoanhanoi.phoihop.kernel.access.UnitKind;

/**
 * A unit of the organisation. District-level units carry both bodies that sign together: the union federation
 * and its Party committee.
 */
public record Unit(
    String code,
    UnitKind kind,
    LocalityType localityType,
    String name,
    String federationName,
    String partyCommitteeName,
    String email,
    String partyCommitteeEmail,
    boolean active,
    boolean exampleData) {}
