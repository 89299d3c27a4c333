package dev.parley.examples;

import dev.parley.communication.Communication;
import dev.parley.examples.report.HtmlReport;
import dev.parley.examples.report.JsonReport;
import dev.parley.examples.report.MarkdownReport;
import dev.parley.examples.report.Report;
import dev.parley.examples.report.ReportBuilder;
import dev.parley.examples.report.TextReport;
import dev.parley.io.InputParseException;
import dev.parley.io.json.ParleyJson;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The main program: reads a negotiation, prints the demands still unmet on a day grouped by
 * demanding party and package, then the package verdicts and the selective responses, every line
 * with the quotes and sources behind it.
 *
 * <p>Exit codes: 0 done; 2 bad usage (with a one-line hint); 1 unreadable input (naming the file
 * and the problem).
 */
@Command(
    name = "unmet-demands",
    mixinStandardHelpOptions = true,
    version = "parley unmet-demands 0.1.0",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Prints the demands of a negotiation that are still unmet on a day, grouped by demanding"
          + " party and package, with where each addressee stands and the quotes and sources"
          + " behind it; then the verdict on each package and the responses that answered only"
          + " part of an indivisible package.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:an input could not be read (the message names the file and the problem)",
      "2:bad usage"
    })
public final class UnmetDemandsProgram implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text,
    markdown,
    json,
    html
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = {
        "A negotiation record in parley's JSON format (*.json).",
        "Default: the record of the bundled articles on the 2021-22 security-guarantees"
            + " negotiation."
      })
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "A case lexicon describing the negotiation's parties, actors, items and packages,"
              + " checked before anything is read. Default: the bundled"
              + " security-guarantees-2021.")
  Path lexicon;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day to report on, as yyyy-mm-dd: communications after it are ignored. Default: the"
              + " date of the latest communication.")
  LocalDate asOf;

  @Option(
      names = "--party",
      paramLabel = "ID",
      description = "Report only the demands and packages of this party, by its id (e.g. RU).")
  String party;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (for a terminal), markdown, json or html (one self-contained page with a"
              + " position matrix). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Also report, on standard error, what was read: the source of the record and how many"
              + " parties, items, communications and quotes it holds.")
  boolean verbose;

  /** Runs the program and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for running in-process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new UnmetDemandsProgram());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("unmet-demands: " + e.getMessage() + " (try --help)");
          err.flush();
          return CommandLine.ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          int code;
          if (e instanceof UsageException) {
            err.println("unmet-demands: " + e.getMessage() + " (try --help)");
            code = CommandLine.ExitCode.USAGE;
          } else if (e instanceof InputParseException) {
            err.println("unmet-demands: cannot read " + e.getMessage());
            code = CommandLine.ExitCode.SOFTWARE;
          } else if (e instanceof UncheckedIOException io) {
            err.println("unmet-demands: " + io.getMessage() + ": " + io.getCause().getMessage());
            code = CommandLine.ExitCode.SOFTWARE;
          } else {
            throw e;
          }
          err.flush();
          return code;
        });
    return cli;
  }

  /** A mistake in how the program was called. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (lexicon != null) {
      requireReadable(lexicon);
      CaseLexicon.read(lexicon);
    }
    NegotiationRecord record;
    String from;
    if (inputs.isEmpty()) {
      record = HandBuiltNegotiation.record();
      from = "the record of the bundled articles (" + BundledArticles.FOLDER + ")";
    } else {
      Path file = inputs.get(0);
      requireReadable(file);
      if (Files.isDirectory(file) || !file.getFileName().toString().endsWith(".json")) {
        throw new UsageException(
            file
                + ": give a negotiation record in JSON (*.json); articles are read by the corpus"
                + " reader");
      }
      record = ParleyJson.create().readRecord(file);
      from = file.toString();
    }
    if (party != null && !record.partiesById().containsKey(party)) {
      throw new UsageException(
          "no party "
              + party
              + " in the record; its parties are "
              + record.parties().stream().map(Party::id).collect(Collectors.joining(", ")));
    }
    LocalDate day =
        Optional.ofNullable(asOf)
            .or(() -> ReportBuilder.latest(record))
            .orElseThrow(() -> new UsageException("the record has no communications"));
    List<String> reading = reading(record, from);
    if (verbose) {
      reading.forEach(line -> err.println("read: " + line));
      err.flush();
    }
    Report report = ReportBuilder.of(record).reading(reading).asOf(day, Optional.ofNullable(party));
    String rendered =
        switch (format) {
          case text -> TextReport.render(report);
          case markdown -> MarkdownReport.render(report);
          case json -> JsonReport.render(report);
          case html -> HtmlReport.render(report);
        };
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    } else {
      try {
        Files.writeString(output, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output, e);
      }
      err.println("wrote " + output);
      err.flush();
    }
    return CommandLine.ExitCode.OK;
  }

  private static void requireReadable(Path file) {
    if (!Files.isReadable(file)) {
      throw new UncheckedIOException(
          "cannot read " + file,
          new IOException(Files.exists(file) ? "not readable" : "no such file"));
    }
  }

  private static List<String> reading(NegotiationRecord record, String from) {
    long quotes = 0;
    for (Communication c : record.communications()) {
      quotes += c.evidence().size();
      quotes += c.entries().stream().mapToLong(e -> e.evidence().size()).sum();
      quotes += c.stances().stream().mapToLong(s -> s.evidence().size()).sum();
      quotes += c.verdict().map(v -> v.evidence().size()).orElse(0);
    }
    List<String> lines = new ArrayList<>();
    lines.add("record: " + from);
    lines.add(
        record.parties().size()
            + " parties, "
            + record.items().size()
            + " items, "
            + record.packages().size()
            + " packages, "
            + record.communications().size()
            + " communications, "
            + quotes
            + " quotes");
    return lines;
  }
}
