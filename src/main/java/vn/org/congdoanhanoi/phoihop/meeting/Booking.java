package vn.org.congdoanhanoi.phoihop.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a family books in the chairman's diary: the meeting as {@link Meeting} describes it, without the id, end and
 * status that the diary gives it.
 */
public record Booking(MeetingMatter matter, String kind, String clusterCode, String hostUnitCode, String hostName,
                      String title, LocalDateTime startsAt, String venue, String mode, String combinedActivity,
                      String cityAttendees, List<AgendaItem> agenda, List<String> participants) {}
