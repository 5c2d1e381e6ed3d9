package vn.org.congdoanhanoi.phoihop.signing.ceremony;

import java.time.LocalTime;

/** One item of a ceremony's programme, with its start time. */
public record AgendaItem(LocalTime startsAt, int minutes, String title) {}
