package org.pressroom.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every {@code ```java} block of the README exactly as written, as a user who
 * pastes it into a file of its own would: each block is a complete program (its imports, a public
 * class, a {@code main} that declares the checked exceptions it lets through), compiled with {@code
 * -Werror} against the library and run in a new JVM whose working folder holds the files the
 * snippets name: {@code some.release.json} (the bundled sample release) and {@code releases.ndjson}
 * (the bundled sample collection). A snippet passes when it compiles without warnings, exits with
 * status 0 and prints nothing on standard error (the snippets report a {@code ReadException}
 * there).
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.+)$");
  private static final Pattern CLASS = Pattern.compile("(?m)^public class (\\w+) \\{$");

  /**
   * One {@code ```java} block: where it is (the heading above it, the line it starts on) and its
   * code.
   */
  record Snippet(String heading, int line, String code) {
    @Override
    public String toString() {
      return "README.md:" + line + " (" + heading + ")";
    }
  }

  static List<Snippet> snippets() throws IOException {
    String readme = Files.readString(README, UTF_8).replace("\r\n", "\n");
    List<Snippet> snippets = new ArrayList<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      String before = readme.substring(0, m.start());
      String heading = "";
      Matcher h = HEADING.matcher(before);
      while (h.find()) {
        heading = h.group(1);
      }
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      snippets.add(new Snippet(heading, line, m.group(1)));
    }
    return snippets;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  @Timeout(120)
  void snippetCompilesAndRunsAsWritten(Snippet snippet, @TempDir Path dir) throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    copySample("sample.release.json", work.resolve("some.release.json"));
    copySample("sample.releases.ndjson", work.resolve("releases.ndjson"));

    Matcher name = CLASS.matcher(snippet.code());
    assertThat(name.find())
        .as("%s is a complete program: a line 'public class Name {'", snippet)
        .isTrue();
    assertThat(snippet.code())
        .as("%s has a main method", snippet)
        .contains("public static void main(String[] args)");
    String className = name.group(1);
    compile(className, snippet.code(), classes);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    Process process =
        new ProcessBuilder(
                java.toString(), "-cp", classes + File.pathSeparator + testClassPath(), className)
            .directory(work.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertThat(process.waitFor(100, TimeUnit.SECONDS)).as("%s ends", snippet).isTrue();
    String err = Files.readString(stderr, UTF_8);
    assertThat(process.exitValue()).as("exit status of %s; stderr:%n%s", snippet, err).isZero();
    assertThat(err).as("standard error of %s", snippet).isEmpty();
    assertThat(Files.readString(stdout, UTF_8)).as("standard output of %s", snippet).isNotEmpty();
  }

  private static void compile(String className, String source, Path classes) throws IOException {
    JavaCompiler javac =
        Objects.requireNonNull(ToolProvider.getSystemJavaCompiler(), "a JDK, not a JRE");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      JavaFileObject unit =
          new SimpleJavaFileObject(
              URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              testClassPath(),
              "--release",
              "17",
              "-Xlint:all,-processing",
              "-Werror",
              "-proc:none");
      boolean ok = javac.getTask(diagnostics, files, null, options, null, List.of(unit)).call();
      assertThat(ok).as("compiling %s:%n%s%n%s", className, diagnostics, numbered(source)).isTrue();
    }
  }

  /**
   * The test class path; surefire may hand it over in a manifest-only jar, which javac follows too.
   */
  private static String testClassPath() {
    List<String> entries =
        new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    String surefire = System.getProperty("surefire.test.class.path");
    if (surefire != null) {
      entries.addAll(List.of(surefire.split(File.pathSeparator)));
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void copySample(String name, Path target) throws IOException {
    try (var in = Objects.requireNonNull(ReadRelease.class.getResourceAsStream(name), name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String numbered(String source) {
    StringBuilder b = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      b.append(String.format("%3d  %s%n", i + 1, lines[i]));
    }
    return b.toString();
  }
}
