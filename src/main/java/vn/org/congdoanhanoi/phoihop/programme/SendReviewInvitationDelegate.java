package vn.org.congdoanhanoi.phoihop.programme;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingDiary;
import vn.org.congdoanhanoi.phoihop.meeting.MeetingInvitations;
import vn.org.congdoanhanoi.phoihop.programme.ProgrammeReview.Vars;

/**
 * {@code SendTask_ReviewInvitation}: invites both parties (their mailboxes and people) and the city federation's
 * leaders to the review, with a calendar event. Each year's review is its own instance, so its own event.
 */
@Component
@RequiredArgsConstructor
class SendReviewInvitationDelegate implements JavaDelegate {

  private final MeetingDiary diary;
  private final MeetingInvitations invitations;

  @Override
  public void execute(DelegateExecution execution) {
    invitations.invite(execution, diary.find(Vars.MEETING_ID.required(execution)).orElseThrow(),
        List.of(Vars.REVIEW_HOST.required(execution), Vars.REVIEW_GUEST.required(execution)),
        ReviewMeetings.INVITATIONS);
  }
}
