package org.pressroom.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options and operands of one command, parsed as its {@link CommandSpec} says. Options start
 * with {@code -} (except {@code -} alone, which names standard input); {@code --} ends the options;
 * an option with a value is written {@code --to X} or {@code --to=X}. {@code -h} and {@code --help}
 * are accepted by every command. An option is looked up by its long name, whichever name was typed.
 */
final class Args {
  private final Set<String> flags;
  private final Map<String, String> values;
  private final List<String> operands;

  private Args(Set<String> flags, Map<String, String> values, List<String> operands) {
    this.flags = flags;
    this.values = values;
    this.operands = operands;
  }

  static Args parse(List<String> args, CommandSpec spec) throws UsageException {
    Set<String> flags = new HashSet<>();
    Map<String, String> values = new HashMap<>();
    List<String> operands = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!options || arg.equals("-") || !arg.startsWith("-")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        options = false;
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      CommandSpec.Option option = find(spec, name);
      if (option == null) {
        throw new UsageException("unknown option: " + Diagnostics.oneLine(arg));
      }
      if (option.value() == null) {
        if (eq >= 0) {
          throw new UsageException("option " + option.name() + " takes no value");
        }
        flags.add(option.name());
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("option " + option.name() + " needs a value");
      }
      if (values.putIfAbsent(option.name(), value) != null) {
        throw new UsageException("option " + option.name() + " given more than once");
      }
    }
    return new Args(flags, values, operands);
  }

  private static CommandSpec.@Nullable Option find(CommandSpec spec, String name) {
    if (CommandSpec.HELP.matches(name)) {
      return CommandSpec.HELP;
    }
    for (CommandSpec.Option o : spec.options()) {
      if (o.matches(name)) {
        return o;
      }
    }
    return null;
  }

  /** {@return whether the flag was given}, by its long name */
  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** {@return the option's value, or null if it was not given}, by its long name */
  @Nullable String value(String name) {
    return values.get(name);
  }

  List<String> operands() {
    return operands;
  }

  /** {@return the single optional operand, or null if there is none} */
  @Nullable String optionalFile() throws UsageException {
    if (operands.size() > 1) {
      throw new UsageException("expected at most one FILE, got " + operands.size());
    }
    return operands.isEmpty() ? null : operands.get(0);
  }
}
