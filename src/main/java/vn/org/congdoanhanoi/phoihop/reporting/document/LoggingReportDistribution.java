package vn.org.congdoanhanoi.phoihop.reporting.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stand-in until the mail service exists: writes to the log what would have been mailed to whom. */
public class LoggingReportDistribution implements ReportDistribution {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingReportDistribution.class);

  @Override
  public void distribute(IssuedReport report) {
    LOG.info("Report {} ({}, {} bytes) would be mailed to {}: {}", report.symbol(), report.fileName(),
        report.content().length, report.recipients(), report.subject());
  }
}
