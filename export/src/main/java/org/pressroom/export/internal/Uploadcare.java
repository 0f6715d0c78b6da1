package org.pressroom.export.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Images on Prezly's CDN ({@code cdn.uc.assets.prezly.com}) or Uploadcare's ({@code ucarecdn.com}):
 * {@code https://HOST/UUID/[-/OPERATION/ARGS.../]...[FILENAME]}. The file's uuid and name come from
 * the URL; a URL without a name gives the uuid as the name.
 */
final class Uploadcare {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** A file on the CDN, as its URL names it. */
  record File(String uuid, String filename, String mimeType) {}

  private Uploadcare() {}

  static boolean isCdnHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("ucarecdn.com")
        || h.endsWith(".ucarecdn.com")
        || h.equals("cdn.uc.assets.prezly.com")
        || h.endsWith(".uc.assets.prezly.com");
  }

  /** {@return the file an image URL names on the CDN, or null for any other URL} */
  static @Nullable File parse(String src) {
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    String path = uri.getRawPath();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        || host == null
        || !isCdnHost(host)
        || path == null) {
      return null;
    }
    String[] segments = path.split("/", -1);
    // segments[0] is the empty text before the leading slash
    if (segments.length < 2 || !UUID.matcher(segments[1]).matches()) {
      return null;
    }
    String uuid = segments[1].toLowerCase(Locale.ROOT);
    String last = segments[segments.length - 1];
    boolean afterOperations = segments.length > 2 && segments[2].equals("-");
    String filename = uuid;
    if (segments.length > 2
        && !last.isEmpty()
        && !last.equals("-")
        && (!afterOperations || last.contains("."))) {
      filename = URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
    return new File(uuid, filename, mimeType(filename));
  }

  private static String mimeType(String filename) {
    int dot = filename.lastIndexOf('.');
    String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "svg" -> "image/svg+xml";
      case "avif" -> "image/avif";
      default -> "application/octet-stream";
    };
  }
}
