package vn.org.congdoanhanoi.phoihop.signing;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingMatter;
import vn.org.congdoanhanoi.phoihop.records.matter.MatterKey;
import vn.org.congdoanhanoi.phoihop.signing.campaign.SigningCampaign.Vars;

/**
 * One signing campaign: its letter's number and the year the letter was issued ({@code issuedOn}). The number
 * alone is not enough: 222/LĐLĐ of 2022 and 222/LĐLĐ of 2025 are two letters and two campaigns. Every row a
 * campaign leaves in our tables carries both.
 */
public record CampaignId(String documentNumber, int year) {

  public CampaignId {
    documentNumber = documentNumber.strip();
  }

  /** The campaign a process variable scope belongs to (the campaign, a unit's signing or a cluster's ceremony). */
  public static CampaignId of(VariableScope scope) {
    String number = Vars.DOCUMENT_NUMBER.required(scope);
    // campaignYear is fixed by the campaign's first service task and handed to every child; at the start event
    // it is not set yet, and the year is that of issuedOn, as it will be.
    int year = Vars.CAMPAIGN_YEAR.optional(scope).orElseGet(() -> Vars.ISSUED_ON.required(scope).getYear());
    return new CampaignId(number, year);
  }

  /** Signing campaigns are launched by letters of the city federation. */
  public MatterKey matterKey() {
    return new MatterKey(MatterKey.CITY_FEDERATION, year, documentNumber);
  }

  /** The matter the campaign's ceremonies are booked for in the chairman's diary. */
  public MeetingMatter meetingMatter() {
    return new MeetingMatter(documentNumber, year);
  }
}
