package vn.org.congdoanhanoi.phoihop.records.document;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports ({@code phoihop.reporting} in application.yaml): when a milestone counts as at risk,
 * how official documents are headed and signed, and the register that numbers them.
 *
 * @param atRiskWorkingDays a milestone not done yet is "at risk" when its due date is at most this many working
 *     days away (0 = due today)
 * @param document the issuing body's header and signature, shared by every official document
 */
@ConfigurationProperties("phoihop.reporting")
public record ReportingProperties(int atRiskWorkingDays, Document document) {

  public ReportingProperties {
    if (atRiskWorkingDays < 0) {
      throw new IllegalArgumentException("phoihop.reporting.at-risk-working-days must be 0 or more");
    }
    if (document == null) {
      document = new Document(null, null, null, null, null, null, null);
    }
  }

  /**
   * @param place the place in "Hà Nội, ngày … tháng … năm …"
   * @param superiorBody the body above the issuer, printed above it in regular capitals; empty for none
   * @param issuingBody the issuing body's name, one header line each, upper case (Nghị định 30/2020, Phụ lục I)
   * @param register the register (sổ văn bản đi) that numbers the federation's documents
   * @param signatureAuthority "TM. BAN THƯỜNG VỤ": the collective body the signer acts for
   * @param signerTitle "CHỦ TỊCH"
   * @param signerName the signer's full name; left blank, the name is written by hand on the printed copy
   */
  public record Document(String place, String superiorBody, List<String> issuingBody, String register,
                         String signatureAuthority,
                         String signerTitle, String signerName) {

    public Document {
      place = place == null ? "Hà Nội" : place;
      superiorBody = superiorBody == null ? "" : superiorBody;
      issuingBody = issuingBody == null || issuingBody.isEmpty()
          ? List.of("LIÊN ĐOÀN LAO ĐỘNG", "THÀNH PHỐ HÀ NỘI") : List.copyOf(issuingBody);
      register = register == null ? "LDLD" : register;
      signatureAuthority = signatureAuthority == null ? "TM. BAN THƯỜNG VỤ" : signatureAuthority;
      signerTitle = signerTitle == null ? "CHỦ TỊCH" : signerTitle;
      signerName = signerName == null ? "" : signerName;
    }
  }
}
