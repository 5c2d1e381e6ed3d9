package vn.org.congdoanhanoi.phoihop.kernel.access;


/** What a unit is; decides which bodies (federation, Party committee) it has and which roles its people hold. */
public enum UnitKind {
  /** The city federation (LĐLĐ thành phố Hà Nội): standing committee, office, departments. */
  CITY,
  /** A district-level federation (quận, huyện, thị xã) paired with its district Party committee. */
  DISTRICT,
  /** A Party committee directly under the City committee, paired with the union organisation it leads. */
  CITY_PARTY_COMMITTEE,
  /**
   * Another province's federation (LĐLĐ tỉnh), a partner of coordination programmes: a federation only, with a
   * mailbox and, if the file gives it people, its federation group; with no accounts the city office acts for it.
   */
  PROVINCE;

  public boolean hasPartyCommittee() {
    return this != CITY && this != PROVINCE;
  }
}
