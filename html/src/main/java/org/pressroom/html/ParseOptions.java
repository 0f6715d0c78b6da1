package org.pressroom.html;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * How the {@link BodyParser} reads a body. Immutable and thread-safe; change one setting with a
 * {@code withX} method:
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults().withDetectHeadings(false);
 * }</pre>
 *
 * @param baseUri the URI relative links and images are resolved against; null to use the release's
 *     {@code url} when parsing a release, and to leave relative hrefs as written (kind {@code
 *     other}) when parsing bare HTML
 * @param detectHeadings whether short, fully bold paragraphs become inferred headings; default true
 * @param maxDepth the deepest element nesting that is modelled; deeper content is kept as text;
 *     default {@value #DEFAULT_MAX_DEPTH}
 * @param maxInputLength the longest body in characters that is parsed; default {@value
 *     #DEFAULT_MAX_INPUT_LENGTH}
 * @param maxIssues the most issues recorded; default {@value #DEFAULT_MAX_ISSUES}
 */
public record ParseOptions(
    @Nullable URI baseUri,
    boolean detectHeadings,
    int maxDepth,
    int maxInputLength,
    int maxIssues) {
  /** The default {@link #maxDepth()}. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  /** The default {@link #maxInputLength()}: 16 Mi characters. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

  /** The default {@link #maxIssues()}. */
  public static final int DEFAULT_MAX_ISSUES = 100;

  /**
   * Checks the options.
   *
   * @param baseUri the URI relative links and images are resolved against; null to use the
   *     release's {@code url} when parsing a release, and to leave relative hrefs as written (kind
   *     {@code other}) when parsing bare HTML
   * @param detectHeadings whether short, fully bold paragraphs become inferred headings; default
   *     true
   * @param maxDepth the deepest element nesting that is modelled; deeper content is kept as text;
   *     default {@value #DEFAULT_MAX_DEPTH}
   * @param maxInputLength the longest body in characters that is parsed; default {@value
   *     #DEFAULT_MAX_INPUT_LENGTH}
   * @param maxIssues the most issues recorded; default {@value #DEFAULT_MAX_ISSUES}
   * @throws IllegalArgumentException if a limit is below 1
   */
  public ParseOptions {
    if (maxDepth < 1 || maxInputLength < 1 || maxIssues < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }

  /** {@return the defaults: no base URI, heading detection on, the default limits} */
  public static ParseOptions defaults() {
    return new ParseOptions(
        null, true, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_ISSUES);
  }

  /**
   * {@return these options with another base URI}
   *
   * @param value the base URI, or null
   */
  public ParseOptions withBaseUri(@Nullable URI value) {
    return new ParseOptions(value, detectHeadings, maxDepth, maxInputLength, maxIssues);
  }

  /**
   * {@return these options with heading detection on or off}
   *
   * @param value whether to infer headings from bold paragraphs
   */
  public ParseOptions withDetectHeadings(boolean value) {
    return new ParseOptions(baseUri, value, maxDepth, maxInputLength, maxIssues);
  }

  /**
   * {@return these options with another nesting limit}
   *
   * @param value the deepest nesting modelled, at least 1
   */
  public ParseOptions withMaxDepth(int value) {
    return new ParseOptions(baseUri, detectHeadings, value, maxInputLength, maxIssues);
  }

  /**
   * {@return these options with another size limit}
   *
   * @param value the longest body parsed, in characters, at least 1
   */
  public ParseOptions withMaxInputLength(int value) {
    return new ParseOptions(baseUri, detectHeadings, maxDepth, value, maxIssues);
  }

  /**
   * {@return these options with another issue limit}
   *
   * @param value the most issues recorded, at least 1
   */
  public ParseOptions withMaxIssues(int value) {
    return new ParseOptions(baseUri, detectHeadings, maxDepth, maxInputLength, value);
  }
}
