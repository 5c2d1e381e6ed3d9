package vn.org.congdoanhanoi.phoihop.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * The grassroots unions (công đoàn cơ sở) of a district, as the organisation data knows them: who a conference
 * reaches and whose people may send a union's petitions. One question per use, so the family does not depend on how
 * the organisation stores them.
 */
public interface GrassrootsUnions {

  /** A grassroots union: its code, name and the district federation it belongs to. */
  record Union(String code, String name, String districtCode) {}

  /** The active unions of a district, in the organisation's order; empty for a district without any. */
  List<Union> of(String districtCode);

  /** Any union by its code, whichever district it belongs to. */
  Optional<Union> union(String code);

  /** The Camunda group of a union's own people (its chairman and officials with accounts). */
  String group(String unionCode);
}
