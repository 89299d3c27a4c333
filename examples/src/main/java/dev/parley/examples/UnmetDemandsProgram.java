package dev.parley.examples;

import dev.parley.communication.Communication;
import dev.parley.examples.report.HtmlReport;
import dev.parley.examples.report.JsonReport;
import dev.parley.examples.report.MarkdownReport;
import dev.parley.examples.report.Report;
import dev.parley.examples.report.ReportBuilder;
import dev.parley.examples.report.SentenceReport;
import dev.parley.examples.report.TextReport;
import dev.parley.io.InputParseException;
import dev.parley.io.corpus.BundledCorpus;
import dev.parley.io.corpus.CorpusAccount;
import dev.parley.io.corpus.CorpusReader;
import dev.parley.io.corpus.CorpusReading;
import dev.parley.io.json.ParleyJson;
import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.LexiconAdvice;
import dev.parley.io.lexicon.LexiconAdvisor;
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
 * The main program: reads news articles on a negotiation (by default the bundled ones) or a record
 * of it, prints the demands still unmet on a day grouped by demanding party and package, then the
 * offers and where they stand, the package verdicts and the selective responses, every line with
 * the quotes and sources behind it.
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
      "Reads news articles on a negotiation with a case lexicon, or a record of it, and prints"
          + " the demands that are still unmet on a day, grouped by demanding"
          + " party and package, with where each addressee stands and the quotes and sources"
          + " behind it; then the offers each party made and whether they are still open, taken"
          + " up, declined or withdrawn; then the verdict on each package and the responses that"
          + " answered only"
          + " part of an indivisible package, and the reports that contradict each other.",
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
      arity = "0..*",
      description = {
        "News articles to read: plain-text files (*.txt) or folders of them, read in name order."
            + " Or one negotiation record in parley's JSON format (*.json).",
        "Default: the bundled articles on the 2021-22 security-guarantees negotiation."
      })
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "The case lexicon the articles are read with: the negotiation's parties, actors, items,"
              + " packages and documents (format: docs/lexicons.md). Default: the bundled"
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
      description =
          "Report only the demands, offers and packages of this party, by its id (e.g. RU).")
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
          "Also report, on standard error, what was read: articles, sentences by class,"
              + " boilerplate passages, statements and statements set aside; or, for a record,"
              + " how many parties, items, communications and quotes it holds.")
  boolean verbose;

  @Option(
      names = {"-s", "--sentences"},
      description =
          "Instead of the report, account for every sentence of every article: its class"
              + " (statement, context, boilerplate, unrecognised) and why, the statements it makes,"
              + " the boilerplate set aside, and each statement left out of the record with the"
              + " reason. Text only.")
  boolean sentences;

  @Option(
      names = "--check-lexicon",
      description =
          "Instead of the report, check the case lexicon (--lexicon, or the bundled one) and print"
              + " each phrase the parser will read otherwise than its writer likely meant, with its"
              + " file, line and column: an item named with an act's cue, a phrase of two entries,"
              + " an item named like a state. Reads no articles.")
  boolean checkLexicon;

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
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (sentences && format != Format.text) {
      throw new UsageException("--sentences writes text only; leave out --format " + format);
    }
    if (checkLexicon) {
      return checkLexicon();
    }
    CaseLexicon caseLexicon;
    if (lexicon != null) {
      requireReadable(lexicon);
      caseLexicon = CaseLexicon.read(lexicon);
    } else {
      caseLexicon = CaseLexicon.bundled(BundledCorpus.SECURITY_GUARANTEES_2021);
    }
    List<Path> json = inputs.stream().filter(UnmetDemandsProgram::isJson).toList();
    NegotiationRecord record;
    Optional<CorpusReading> corpus;
    List<String> reading = new ArrayList<>();
    if (!json.isEmpty()) {
      if (inputs.size() > 1) {
        throw new UsageException(
            "give either one record (*.json) or articles and folders, not both");
      }
      if (sentences) {
        throw new UsageException("--sentences needs articles; a record in JSON has no sentences");
      }
      Path file = json.get(0);
      requireReadable(file);
      record = ParleyJson.create().readRecord(file);
      corpus = Optional.empty();
      reading.add("record: " + file);
    } else {
      inputs.forEach(UnmetDemandsProgram::requireReadable);
      CorpusReader reader = CorpusReader.of(caseLexicon).withProgress(ProgressBar.forTerminal(err));
      corpus = Optional.of(read(reader));
      record = corpus.get().record();
      reading.add(
          "articles: "
              + (inputs.isEmpty()
                  ? "the bundled corpus " + BundledCorpus.SECURITY_GUARANTEES_2021
                  : inputs.stream().map(Path::toString).collect(Collectors.joining(", ")))
              + ", read with the case lexicon "
              + caseLexicon.name());
      reading.addAll(account(corpus.get().account()));
    }
    reading.add(summary(record));
    if (verbose) {
      reading.forEach(line -> err.println("read: " + line));
      err.flush();
    }
    String rendered;
    if (sentences) {
      rendered = SentenceReport.render(corpus.orElseThrow());
    } else {
      rendered = report(record, corpus, reading);
    }
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

  /** Prints the advice on the case lexicon, then how many pieces of advice there are. */
  private int checkLexicon() {
    if (!inputs.isEmpty() || sentences) {
      throw new UsageException("--check-lexicon reads no articles; give only --lexicon FILE");
    }
    List<LexiconAdvice> advice;
    String name;
    if (lexicon != null) {
      requireReadable(lexicon);
      advice = LexiconAdvisor.advise(lexicon);
      name = lexicon.toString();
    } else {
      advice = LexiconAdvisor.adviseBundled(BundledCorpus.SECURITY_GUARANTEES_2021);
      name = "the bundled case lexicon " + BundledCorpus.SECURITY_GUARANTEES_2021;
    }
    PrintWriter out = spec.commandLine().getOut();
    advice.forEach(a -> out.println(a.describe()));
    out.println(
        advice.isEmpty()
            ? "No advice on " + name + "."
            : advice.size()
                + (advice.size() == 1 ? " piece" : " pieces")
                + " of advice on "
                + name
                + "; none stops the lexicon from being used (docs/lexicons.md, \"Advice\").");
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  private CorpusReading read(CorpusReader reader) {
    try {
      return inputs.isEmpty() ? reader.readBundled() : reader.read(inputs);
    } catch (IllegalArgumentException e) {
      // The articles were read, but what they say does not make a valid record.
      throw new UncheckedIOException(
          "cannot make a record of "
              + (inputs.isEmpty() ? "the bundled articles" : inputs.toString()),
          new IOException(e.getMessage(), e));
    }
  }

  private String report(
      NegotiationRecord record, Optional<CorpusReading> corpus, List<String> reading) {
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
    Report report =
        ReportBuilder.of(record)
            .reading(reading)
            .conflicts(corpus.map(CorpusReading::conflicts).orElse(List.of()))
            .asOf(day, Optional.ofNullable(party));
    return switch (format) {
      case text -> TextReport.render(report);
      case markdown -> MarkdownReport.render(report);
      case json -> JsonReport.render(report);
      case html -> HtmlReport.render(report);
    };
  }

  private static boolean isJson(Path file) {
    return !Files.isDirectory(file) && file.getFileName().toString().endsWith(".json");
  }

  /** The account of a corpus reading, as lines for a reader. */
  static List<String> account(CorpusAccount account) {
    int statements = account.statements();
    int setAside = account.statementsSetAside();
    return List.of(
        account.articles()
            + " articles, "
            + SentenceReport.counts(account.sentences(), account.sentencesByClass()),
        account.boilerplate() + " boilerplate passages set aside before sentences were split",
        statements
            + " statements: "
            + (statements - setAside)
            + " in the record, "
            + setAside
            + " set aside (--sentences lists every sentence and every statement set aside)");
  }

  private static void requireReadable(Path file) {
    if (!Files.isReadable(file)) {
      throw new UncheckedIOException(
          "cannot read " + file,
          new IOException(Files.exists(file) ? "not readable" : "no such file"));
    }
  }

  private static String summary(NegotiationRecord record) {
    long quotes = 0;
    for (Communication c : record.communications()) {
      quotes += c.evidence().size();
      quotes += c.entries().stream().mapToLong(e -> e.evidence().size()).sum();
      quotes += c.stances().stream().mapToLong(s -> s.evidence().size()).sum();
      quotes += c.verdict().map(v -> v.evidence().size()).orElse(0);
    }
    return record.parties().size()
        + " parties, "
        + record.items().size()
        + " items, "
        + record.packages().size()
        + " packages, "
        + record.communications().size()
        + " communications, "
        + quotes
        + " quotes";
  }
}
