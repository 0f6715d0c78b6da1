package org.pressroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline for measuring {@code pressroom validate} as whole processes: what a user without
 * Pressroom runs over the same files. Per file: Jackson's {@code readTree}; without {@code
 * --quiet}, also jsoup's body fragment parse and one walk, and an {@code ok} line (as {@code
 * pressroom validate} parses the body and prints one only then).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.pressroom.benchmarks.ValidateBaseline [--quiet] FILE...
 * </pre>
 */
public final class ValidateBaseline {
  private ValidateBaseline() {}

  /**
   * Reads each file and prints a count of readable and unreadable ones.
   *
   * @param args {@code --quiet} (optional), then the files
   */
  public static void main(String[] args) {
    boolean quiet = args.length > 0 && (args[0].equals("--quiet") || args[0].equals("-q"));
    PrintStream out = System.out;
    long valid = 0;
    long invalid = 0;
    long sink = 0;
    for (int i = quiet ? 1 : 0; i < args.length; i++) {
      try {
        JsonNode tree = Baseline.readTree(Files.readAllBytes(Path.of(args[i])));
        if (!quiet) {
          sink += Baseline.parseAndWalk(tree.get("body").asText(), tree.get("url").asText());
          out.println(args[i] + ": ok");
        }
        valid++;
      } catch (IOException | RuntimeException e) {
        out.println(args[i] + ": " + e.getMessage());
        invalid++;
      }
    }
    out.println(valid + " valid, " + invalid + " invalid" + (sink == 42 ? "" : ""));
  }
}
