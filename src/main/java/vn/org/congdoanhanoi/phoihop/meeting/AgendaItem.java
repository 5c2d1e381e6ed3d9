package vn.org.congdoanhanoi.phoihop.meeting;

import java.time.LocalTime;

/** One item of a meeting's programme, with its start time. */
public record AgendaItem(LocalTime startsAt, int minutes, String title) {}
