package app.vocero.cli;

import app.vocero.config.Messages;
import picocli.CommandLine;

/**
 * The command line's own words in the chosen language: the help of every command (picocli reads its texts from the
 * bundles, keys {@code vocero.<command path>.…}, see {@code messages.properties}) and the one-line explanation of
 * wrong arguments.
 */
final class CommandHelp {

    private CommandHelp() {
    }

    /** Help texts from the bundle of {@code messages}' language (the annotations' English stays where no key is). */
    static void translate(CommandLine commandLine, Messages messages) {
        commandLine.setResourceBundle(messages.bundle());
    }

    /** What is wrong with the arguments, in words (picocli's own message says it in English). */
    static String explain(CommandLine.ParameterException e, Messages messages) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return messages.format(first.startsWith("-") ? "cli.error.unknownOption" : "cli.error.unexpectedArgument", first);
        }
        if (e instanceof CommandLine.MissingParameterException) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            ((CommandLine.MissingParameterException) e).getMissing().forEach(arg -> missing.add(
                    arg instanceof CommandLine.Model.OptionSpec ? ((CommandLine.Model.OptionSpec) arg).longestName()
                            : arg.paramLabel()));
            return messages.format("cli.error.missing", String.join(", ", missing));
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return messages.format("cli.error.twice", ((CommandLine.OverwrittenOptionException) e).getOverwritten().paramLabel());
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            java.util.regex.Matcher names = java.util.regex.Pattern.compile("Error: (.*) are mutually exclusive")
                    .matcher(String.valueOf(e.getMessage()));
            return messages.format("cli.error.exclusive", names.find() ? names.group(1) : "");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String name = arg instanceof CommandLine.Model.OptionSpec ? ((CommandLine.Model.OptionSpec) arg).longestName()
                    : arg.paramLabel();
            return messages.format("cli.error.invalidValue", name, e.getValue());
        }
        // the rest: picocli's words, without the Java exception's class
        return shortened(e);
    }

    private static String shortened(CommandLine.ParameterException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\((?:java|javax)\\.[^)]*\\)", "");
    }
}
