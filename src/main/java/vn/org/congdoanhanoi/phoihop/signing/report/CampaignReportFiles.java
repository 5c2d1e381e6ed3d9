package vn.org.congdoanhanoi.phoihop.signing.report;

import org.camunda.bpm.engine.variable.value.FileValue;

/** The report as Camunda file variable of the campaign, so Cockpit and the REST API offer it for download. */
final class CampaignReportFiles {

  private CampaignReportFiles() {}

  static FileValue asVariable(CampaignReportIssuer.IssuedCampaignReport report) {
    return org.camunda.bpm.engine.variable.Variables
        .fileValue(CampaignReportIssuer.asciiFileName(report.entry().symbol()))
        .file(report.file().content())
        .mimeType(report.file().contentType())
        .create();
  }
}
