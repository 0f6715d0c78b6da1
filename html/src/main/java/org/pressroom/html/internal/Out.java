package org.pressroom.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An {@link Appendable} whose failures are unchecked, so that visitors (which cannot throw checked
 * exceptions) can stream into it; {@link #run} turns the failure back into the {@link IOException}
 * the caller expects. Not thread-safe: one per render call.
 */
final class Out {
  private final Appendable out;

  Out(Appendable out) {
    this.out = out;
  }

  Out append(CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out append(CharSequence s, int start, int end) {
    try {
      out.append(s, start, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Out append(char c) {
    try {
      out.append(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Something that writes into an {@link Out}. */
  interface Job {
    void run(Out out);
  }

  /** Runs a job against an appendable, rethrowing the appendable's own {@link IOException}. */
  static void run(Appendable destination, Job job) throws IOException {
    Out out = new Out(destination);
    try {
      job.run(out);
    } catch (UncheckedIOException e) {
      if (e.getCause() != null) {
        throw e.getCause();
      }
      throw e;
    }
  }

  /** Runs a job into a string; a {@link StringBuilder} never fails. */
  static String render(Job job) {
    StringBuilder sb = new StringBuilder(1024);
    job.run(new Out(sb));
    return sb.toString();
  }
}
