package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link ComplianceSource} knows of one campaign (or directive, or conference series): its rows, each a
 * {@link Subject} with its facts by milestone. {@code deadline} is the matter's own; each cell has its due date.
 */
public record ComplianceFacts(String documentNumber, int year, String subject, LocalDate issuedOn, LocalDate deadline,
                              boolean completed, List<SubjectFacts> subjects) {

  public ComplianceFacts {
    subjects = List.copyOf(subjects);
  }

  /** One row: its subject and its facts by milestone id. */
  public record SubjectFacts(Subject subject, Map<String, MilestoneFact> milestones) {

    public SubjectFacts {
      milestones = Map.copyOf(milestones);
    }

    /** A unit's row, as in a signing campaign. */
    public static SubjectFacts unit(String unitCode, String unitName, Map<String, MilestoneFact> milestones) {
      return new SubjectFacts(Subject.unit(unitCode, unitName), milestones);
    }
  }
}
