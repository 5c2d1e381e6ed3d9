package vn.org.congdoanhanoi.phoihop.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose X-Forwarded-* / Forwarded headers we believe ({@code PHOIHOP_TRUSTED_PROXIES}): IP
 * addresses and CIDR ranges, comma-separated, e.g. {@code 10.0.0.5, 172.18.0.0/16, ::1}. Empty: nobody.
 */
final class TrustedProxies {

  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /** @throws IllegalArgumentException naming the entry that is neither an IP address nor a CIDR range */
  static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : list == null ? new String[0] : list.split(",")) {
      String text = entry.trim();
      if (text.isEmpty()) {
        continue;
      }
      int slash = text.indexOf('/');
      byte[] network = literal(slash < 0 ? text : text.substring(0, slash), entry);
      int prefix = network.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > network.length * 8) {
          throw invalid(entry);
        }
      }
      ranges.add(new Range(network, prefix));
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  boolean contains(String remoteAddress) {
    if (ranges.isEmpty() || remoteAddress == null) {
      return false;
    }
    byte[] address;
    try {
      address = literal(remoteAddress, remoteAddress);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  /** Only literal addresses: a host name would mean a DNS lookup, and trust in whoever answers it. */
  private static byte[] literal(String text, String entry) {
    String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!address.matches("[0-9.]+|[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*")) {
      throw invalid(entry);
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      throw invalid(entry);
    }
  }

  private static IllegalArgumentException invalid(String entry) {
    return new IllegalArgumentException("PHOIHOP_TRUSTED_PROXIES: '" + entry.trim() + "' is neither an IP address nor "
        + "a CIDR range (e.g. 10.0.0.5 or 172.18.0.0/16)");
  }
}
