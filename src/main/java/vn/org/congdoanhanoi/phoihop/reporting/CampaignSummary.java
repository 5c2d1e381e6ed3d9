package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;

/** A campaign in the list of reports: what the user picks to see its matrix. */
public record CampaignSummary(String documentNumber, String subject, LocalDate issuedOn, LocalDate deadline,
                              boolean completed) {}
