package org.pressroom.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with the GC profiler and prints, for every {@code pressroomX}/{@code
 * baselineX} pair, the ratio of their times with its error (propagated from JMH's 99.9% intervals)
 * and the allocation per operation.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.pressroom.benchmarks.Ratios
 * [REGEX]}; the regex selects benchmarks as JMH's own does (default: all).
 */
public final class Ratios {
  private Ratios() {}

  /**
   * Runs the benchmarks and prints the ratio table.
   *
   * @param args an optional benchmark regex
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().addProfiler(GCProfiler.class);
    options.include(args.length > 0 ? args[0] : "org\\.pressroom\\.benchmarks\\..*");
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, RunResult> byKey = new LinkedHashMap<>();
    for (RunResult r : results) {
      byKey.put(key(r), r);
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "| benchmark | input | Pressroom | baseline | ratio | Pressroom alloc/op | baseline alloc/op |");
    lines.add("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, RunResult> e : byKey.entrySet()) {
      String k = e.getKey();
      // the method name, not the package (org.pressroom...), says which side a benchmark is on
      int bar = k.indexOf('|');
      int dot = k.lastIndexOf('.', bar);
      String method = k.substring(dot + 1, bar);
      if (!method.startsWith("pressroom")) {
        continue;
      }
      RunResult ours = e.getValue();
      RunResult base =
          byKey.get(
              k.substring(0, dot + 1)
                  + "baseline"
                  + method.substring("pressroom".length())
                  + k.substring(bar));
      if (base == null) {
        continue;
      }
      Result<?> a = ours.getPrimaryResult();
      Result<?> b = base.getPrimaryResult();
      double ratio = a.getScore() / b.getScore();
      double err = ratio * Math.hypot(relative(a), relative(b));
      String name = method.substring("pressroom".length());
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f ± %.3f %s | %.3f ± %.3f %s | %.2fx ± %.2f | %s | %s |",
              name,
              input(ours),
              a.getScore(),
              a.getScoreError(),
              a.getScoreUnit(),
              b.getScore(),
              b.getScoreError(),
              b.getScoreUnit(),
              ratio,
              err,
              alloc(ours),
              alloc(base)));
    }
    System.out.println();
    lines.forEach(System.out::println);
  }

  private static double relative(Result<?> r) {
    double error = Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError();
    return error / r.getScore();
  }

  private static String key(RunResult r) {
    return r.getParams().getBenchmark() + "|" + input(r);
  }

  private static String input(RunResult r) {
    StringBuilder sb = new StringBuilder();
    for (String p : r.getParams().getParamsKeys()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(p).append('=').append(r.getParams().getParam(p));
    }
    return sb.toString();
  }

  private static String alloc(RunResult r) {
    Result<?> gc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    if (gc == null) {
      gc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
    }
    if (gc == null) {
      return "n/a";
    }
    double bytes = gc.getScore();
    return bytes >= 1 << 20
        ? String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20))
        : String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
  }
}
