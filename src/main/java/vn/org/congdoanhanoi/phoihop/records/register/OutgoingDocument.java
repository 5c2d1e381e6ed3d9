package vn.org.congdoanhanoi.phoihop.records.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of the outgoing-document register (sổ đăng ký văn bản đi).
 *
 * @param symbol the number and symbol as printed, e.g. "15/BC-LĐLĐ"
 * @param sourceKind what issued it, e.g. the process key "signing-campaign"; null for a number taken by hand
 * @param sourceReference the source's own reference, e.g. the campaign's document number "222/LĐLĐ"
 * @param fileName the stored file's name, null while no file is stored
 * @param sourceYear the year of the source's letter, e.g. 2022 for 222/LĐLĐ of 16/5/2022; null when unknown
 */
public record OutgoingDocument(String id, String registerCode, int year, int number, String symbol,
                               DocumentType type, String subject, LocalDate issuedOn, String sourceKind,
                               String sourceReference, String processInstanceId, String issuedBy,
                               LocalDateTime recordedAt, String fileName, Integer sourceYear) {

  @JsonProperty("typeLabel")
  public String typeLabel() {
    return type.label();
  }
}
