package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything a {@link ComplianceSource} knows of one campaign (or directive, or conference series). */
public record ComplianceFacts(String documentNumber, int year, String subject, LocalDate issuedOn, LocalDate deadline,
                              boolean completed, List<UnitFacts> units) {

  public ComplianceFacts {
    units = List.copyOf(units);
  }

  /** One row: a unit and its facts by milestone id. */
  public record UnitFacts(String unitCode, String unitName, Map<String, MilestoneFact> milestones) {

    public UnitFacts {
      milestones = Map.copyOf(milestones);
    }
  }
}
