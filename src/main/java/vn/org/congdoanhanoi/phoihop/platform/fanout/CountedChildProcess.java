package vn.org.congdoanhanoi.phoihop.platform.fanout;

/**
 * The declaration a family makes, as a Spring bean, for a process it starts through a fan-out: the capability then
 * counts the end of every instance of that process that a fan-out started. A plan naming a process nobody declared
 * is refused, since its ends would never be counted and the parent would wait for ever.
 */
public record CountedChildProcess(String processKey) {
}
