package vn.org.congdoanhanoi.phoihop.platform.fanout;

/**
 * Where a fan-out stands: children planned, started (their instances exist) and ended; {@code completed} once the
 * parent's completion message has been scheduled (every child ended).
 */
public record FanOutProgress(String parentInstanceId, String name, int planned, int started, int ended,
                             boolean completed) {
}
