package org.pressroom.internal;

import com.fasterxml.jackson.core.json.PackageVersion;
import org.jspecify.annotations.Nullable;

/**
 * The oldest versions of the runtime dependencies that Pressroom works with, checked at first use:
 * a consumer whose other dependencies pin an older jackson-core (or jsoup) gets one error that
 * names the version needed, rather than a {@code NoSuchMethodError} or quietly different results
 * (older jackson-core releases place some syntax errors one column off). The minimums are the
 * oldest versions the whole test suite passes with; the build tests them.
 */
public final class Dependencies {
  /** The oldest jackson-core that Pressroom works with. */
  public static final String JACKSON_MINIMUM = "2.21.0";

  /** The oldest jsoup that Pressroom's body parser works with. */
  public static final String JSOUP_MINIMUM = "1.24.1";

  private static final @Nullable String JACKSON_PROBLEM =
      problem(
          "jackson-core",
          "com.fasterxml.jackson.core:jackson-core",
          PackageVersion.VERSION.getMajorVersion()
              + "."
              + PackageVersion.VERSION.getMinorVersion()
              + "."
              + PackageVersion.VERSION.getPatchLevel(),
          JACKSON_MINIMUM);

  private Dependencies() {}

  /**
   * Checks that the jackson-core found at run time is recent enough.
   *
   * @throws IllegalStateException if it is older than {@link #JACKSON_MINIMUM}
   */
  public static void requireJackson() {
    if (JACKSON_PROBLEM != null) {
      throw new IllegalStateException(JACKSON_PROBLEM);
    }
  }

  /**
   * {@return what to tell the user if {@code found} is older than {@code minimum}, or null if it is
   * not (or cannot be compared)}
   *
   * @param library the library's name, such as {@code jackson-core}
   * @param coordinates its Maven groupId:artifactId
   * @param found the version found at run time, such as {@code 2.15.4}
   * @param minimum the oldest version Pressroom works with
   */
  public static @Nullable String problem(
      String library, String coordinates, String found, String minimum) {
    int[] have = numbers(found);
    int[] need = numbers(minimum);
    if (have.length == 0) {
      return null;
    }
    for (int i = 0; i < need.length; i++) {
      int h = i < have.length ? have[i] : 0;
      if (h != need[i]) {
        if (h > need[i]) {
          return null;
        }
        return "Pressroom needs "
            + library
            + " "
            + minimum
            + " or later, but "
            + found
            + " was found at run time: another dependency or an imported BOM chose it. Declare "
            + coordinates
            + " "
            + minimum
            + " or later in your build (in Maven, in dependencyManagement).";
      }
    }
    return null;
  }

  /** The leading dot-separated numbers of a version: {@code 2.21.0-rc1} gives 2, 21, 0. */
  private static int[] numbers(String version) {
    String[] parts = version.split("[.-]");
    int n = 0;
    while (n < parts.length
        && n < 3
        && !parts[n].isEmpty()
        && parts[n].chars().allMatch(Character::isDigit)
        && parts[n].length() < 9) {
      n++;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }
}
