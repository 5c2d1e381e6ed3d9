package vn.org.congdoanhanoi.phoihop.dialogue.petition;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.dialogue.GrassrootsUnions;
import vn.org.congdoanhanoi.phoihop.dialogue.PlanId;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;
import vn.org.congdoanhanoi.phoihop.kernel.access.Groups;
import vn.org.congdoanhanoi.phoihop.kernel.api.NotFoundException;
import vn.org.congdoanhanoi.phoihop.validation.Submission;

/**
 * Who reads one petition (its trail, its files): the plan's district federation, city-wide users and the people of
 * the union that sent it. Anyone else is told there is no such petition (404), so ids reveal nothing.
 */
@Component
@RequiredArgsConstructor
public class PetitionReaders {

  private final Petitions petitions;
  private final GrassrootsUnions unions;

  /** The petition named in a path ({@code id}) of the plan, when these groups may read it; 404 otherwise. */
  public Petition readable(PlanId plan, String id, List<String> groups) {
    return number(id).flatMap(number -> petitions.find(plan, number))
        .filter(p -> AccessPolicy.cityWide(groups) || groups.contains(Groups.federation(plan.districtCode()))
            || groups.contains(unions.group(p.unionCode())))
        .orElseThrow(() -> new NotFoundException("Không có kiến nghị số " + Submission.quote(id) + " theo "
            + plan.describe() + " mà bạn được xem."));
  }

  /** A number in a path: anything else names nothing. */
  public static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
