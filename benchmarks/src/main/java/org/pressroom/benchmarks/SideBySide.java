package org.pressroom.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares two builds' full read, and the baseline, in one JVM: each benchmarks jar is loaded in
 * its own class loader, the three are timed in interleaved rounds on the thread's CPU time, and the
 * fastest tenth of the rounds is reported. On a shared machine, where JMH's runs of the same code
 * differ by a third, this keeps two builds comparable: whatever slows the machine slows both.
 *
 * <p>Usage: {@code java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar
 * org.pressroom.benchmarks.SideBySide BEFORE.jar AFTER.jar [sample,pr-newswire,drk-glasgow]}, the
 * jars being {@code benchmarks/target/benchmarks.jar} of each build.
 */
public final class SideBySide {
  private static final int ROUNDS = 60;

  private SideBySide() {}

  /**
   * Runs the comparison and prints one line per input.
   *
   * @param args the two jars, then optionally the inputs, comma-separated
   * @throws ReflectiveOperationException if a jar does not hold the benchmarks
   * @throws java.net.MalformedURLException if a jar's path is not a URL
   */
  public static void main(String[] args)
      throws ReflectiveOperationException, java.net.MalformedURLException {
    if (args.length < 2) {
      System.err.println("usage: SideBySide BEFORE.jar AFTER.jar [input,input,...]");
      System.exit(2);
    }
    String[] inputs =
        args.length > 2
            ? args[2].split(",", -1)
            : new String[] {"sample", "pr-newswire", "drk-glasgow"};
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String input : inputs) {
      Object[] benchmarks = new Object[2];
      Method[] fullRead = new Method[3]; // after them, the baseline's, from the first jar
      for (int j = 0; j < 2; j++) {
        URL jar = Path.of(args[j]).toUri().toURL();
        ClassLoader loader =
            new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass(ReleaseBenchmark.class.getName());
        Object benchmark = type.getConstructor().newInstance();
        type.getField("release").set(benchmark, input);
        type.getMethod("setUp").invoke(benchmark);
        benchmarks[j] = benchmark;
        fullRead[j] = type.getMethod("pressroomFullRead");
        if (j == 0) {
          fullRead[2] = type.getMethod("baselineFullRead");
        }
      }
      int reps = input.equals("sample") ? 400 : 30;
      long[][] nanos = new long[3][ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < 3; k++) {
          Method method = fullRead[k];
          Object target = k < 2 ? benchmarks[k] : benchmarks[0];
          long start = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < reps; i++) {
            call(method, target);
          }
          nanos[k][round] = (cpu.getCurrentThreadCpuTime() - start) / reps;
        }
      }
      double[] us = new double[3];
      for (int k = 0; k < 3; k++) {
        Arrays.sort(nanos[k]);
        us[k] = nanos[k][ROUNDS / 10] / 1e3;
      }
      System.out.printf(
          Locale.ROOT,
          "%-12s before %8.1f us  after %8.1f us  baseline %8.1f us  before/baseline %.2fx"
              + "  after/baseline %.2fx  after/before %.3fx%n",
          input,
          us[0],
          us[1],
          us[2],
          us[0] / us[2],
          us[1] / us[2],
          us[1] / us[0]);
    }
  }

  private static void call(Method method, Object target) throws IllegalAccessException {
    try {
      method.invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the benchmark failed", e.getCause());
    }
  }
}
