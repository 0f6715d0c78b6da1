package org.pressroom.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one command accepts, written once: the parser reads its options from here and {@code COMMAND
 * --help} prints them. A new option is one {@link Option} line in the command's spec.
 *
 * @param name the command's name, as typed
 * @param operands the operands as the usage line shows them, such as {@code [FILE|-]}
 * @param summary what the command does, one or two sentences
 * @param options the command's options, in the order its help lists them
 * @param notes further paragraphs of its help (operands, output, exit status)
 */
record CommandSpec(
    String name, String operands, String summary, List<Option> options, List<String> notes) {

  /** The width that every line of help text keeps within. */
  static final int WIDTH = 80;

  /** The option every command takes. */
  static final Option HELP = Option.flag("--help", "-h", "show this help and exit");

  CommandSpec {
    options = List.copyOf(options);
    notes = List.copyOf(notes);
  }

  /**
   * One option.
   *
   * @param name its long name, such as {@code --to}
   * @param alias a short name such as {@code -q}, or null
   * @param value the placeholder of its value, such as {@code FORM}, or null for a flag
   * @param required whether the command needs it
   * @param help what it does, one sentence or two
   */
  record Option(
      String name, @Nullable String alias, @Nullable String value, boolean required, String help) {

    static Option flag(String name, @Nullable String alias, String help) {
      return new Option(name, alias, null, false, help);
    }

    static Option value(String name, String value, boolean required, String help) {
      return new Option(name, null, value, required, help);
    }

    /** {@return whether {@code arg} names this option} */
    boolean matches(String arg) {
      return arg.equals(name) || arg.equals(alias);
    }

    String usage() {
      String s = value == null ? name : name + " " + value;
      return required ? s : "[" + s + "]";
    }

    String label() {
      String names = alias == null ? name : alias + ", " + name;
      return value == null ? names : names + " " + value;
    }
  }

  /** {@return the usage line: {@code usage: pressroom NAME OPTIONS OPERANDS}} */
  String usage() {
    StringBuilder sb = new StringBuilder("usage: pressroom ").append(name);
    for (Option o : options) {
      sb.append(' ').append(o.usage());
    }
    return sb.append(' ').append(operands).toString();
  }

  /** {@return the whole help text, each line within {@link #WIDTH} columns, ending in a newline} */
  String help() {
    List<String> lines = new ArrayList<>(wrap(usage(), "", "         "));
    lines.add("");
    lines.addAll(wrap(summary, "", ""));
    lines.add("");
    lines.add("options:");
    List<Option> all = new ArrayList<>(options);
    all.add(HELP);
    int column = 0;
    for (Option o : all) {
      column = Math.max(column, o.label().length());
    }
    column += 4;
    for (Option o : all) {
      String first = "  " + o.label();
      first += " ".repeat(column - first.length());
      lines.addAll(wrap(o.help(), first, " ".repeat(column)));
    }
    for (String note : notes) {
      lines.add("");
      lines.addAll(wrap(note, "", ""));
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * Wraps text at spaces to {@link #WIDTH} columns: the first line starts with {@code first}, the
   * others with {@code rest}. A word longer than a line stands on a line of its own.
   */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }
}
