package vn.org.congdoanhanoi.phoihop.reporting;

import java.time.LocalDate;

/**
 * A campaign in the list of reports: what the user picks to see its matrix. {@code year} is the year of its letter:
 * numbers restart every year, so the same number may appear once per year.
 */
public record CampaignSummary(String documentNumber, int year, String subject, LocalDate issuedOn, LocalDate deadline,
                              boolean completed) {}
