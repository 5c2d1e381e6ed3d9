package vn.org.congdoanhanoi.phoihop.records.attachment;

import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import vn.org.congdoanhanoi.phoihop.kernel.access.AccessPolicy;

/**
 * A family's declaration, as a bean: which file variables of which per-unit process its people download. Who may is
 * the one access policy ({@link AccessPolicy}): the unit's own people and whoever sees every unit.
 * {@link AttachmentDownloads} serves every declaration at {@code GET /api/<collection>/attachments?documentNumber=…
 * &unitCode=…&name=…} (optional {@code &year=}, default the letter's latest year) and its upload limits at
 * {@code /api/<collection>/attachments/policy}; the next family adds a declaration, not a controller. Two optional
 * parameters serve families whose matters differ: {@code &issuer=} names the letter's issuer when it is not
 * {@code issuerCode} (a directive of a district), and {@code &part=} one of several instances of a unit's matter,
 * whose business key is then the unit's followed by "/" and the part (a directive's item for one recipient).
 *
 * @param collection the path segment under {@code /api}, e.g. {@code signing-campaigns}
 * @param issuerCode the issuer of the letters that launch the family's matters ({@code MatterKey})
 * @param processDefinitionKey the per-unit process, a child of the instance holding the matter (fanned out by it,
 *     or called by it in older versions)
 * @param fileVariables the variables of that process holding downloadable files
 * @param matterName what the family calls a matter, for messages: "đợt ký kết"
 * @param unitBusinessKey the per-unit process's business key from the letter's number and the unit's code
 */
public record DownloadableFiles(String collection, String issuerCode, String processDefinitionKey,
                                List<String> fileVariables, String matterName,
                                BinaryOperator<String> unitBusinessKey) {

  public DownloadableFiles {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(unitBusinessKey, "unitBusinessKey");
    fileVariables = List.copyOf(fileVariables);
  }

  /** Whether a user in these groups may download the unit's files. */
  boolean allows(List<String> groups, String unitCode) {
    return AccessPolicy.sees(groups, unitCode);
  }
}
