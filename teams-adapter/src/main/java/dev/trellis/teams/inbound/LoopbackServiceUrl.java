package dev.trellis.teams.inbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an activity's {@code serviceUrl} points at this machine: {@code http} or {@code https},
 * no user info, and a host that is {@code localhost}, a dotted IPv4 address in 127.0.0.0/8 or the
 * IPv6 loopback {@code [::1]}. The URL is parsed, never compared by prefix, and no name is looked
 * up, so {@code http://127.0.0.1.evil.example} or {@code http://localhost@evil.example} are not on
 * this machine.
 */
final class LoopbackServiceUrl {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F.]*:[0-9a-fA-F:.]*]");

  private LoopbackServiceUrl() {}

  static boolean isOnThisMachine(String serviceUrl) {
    if (serviceUrl == null || serviceUrl.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(serviceUrl.strip());
    } catch (URISyntaxException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return false;
    }
    if (uri.getRawUserInfo() != null || uri.getHost() == null) {
      return false;
    }
    return isLoopbackHost(uri.getHost());
  }

  private static boolean isLoopbackHost(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    Matcher ipv4 = IPV4.matcher(host);
    if (ipv4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(ipv4.group(i)) > 255) {
          return false;
        }
      }
      return ipv4.group(1).equals("127");
    }
    if (IPV6.matcher(host).matches()) {
      try {
        // An IPv6 literal (hex digits, dots and at least one colon): parsed, never looked up.
        return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
