package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.json.ParleyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UnmetDemandsProgramTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = UnmetDemandsProgram.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void byDefaultReadsTheBundledArticlesAndReportsRussiasDemands() {
    assertThat(run()).isZero();

    String report = out.toString();
    assertThat(report)
        .contains("Unmet demands as of 2022-02-17")
        .contains(
            "== Russia: Draft treaty between the United States and Russia on security guarantees")
        .contains("UNMET      NATO renounces any further expansion, in particular eastward")
        .contains("Open offers as of 2022-02-17")
        .containsPattern("(OPEN|TAKEN_UP|DECLINED|WITHDRAWN) +The sides negotiate arms control")
        .contains("Package verdicts as of 2022-02-17")
        .contains("Selective responses to indivisible packages")
        .contains("Reports that contradict each other")
        .containsPattern("5 articles, \\d+ sentences");
    // Each addressee of a Russian demand with the reason it is unmet, and the article quotes
    // behind it, by article id and line.
    String russia = report.substring(report.indexOf("== Russia:"));
    assertThat(russia)
        .containsPattern("\\n {13}(US|NATO) +(rejected|countered|open to discuss|not addressed)")
        .containsPattern(
            "-- \\d{3}_[0-9a-f]{16} \\((undated|\\d{4}-\\d{2}-\\d{2})\\), line \\d+,"
                + " sentence \\d+, chars \\d+-\\d+");
    // Each offer with the quotes that show it was made, by article id and line.
    String offers = report.substring(report.indexOf("Open offers as of"));
    assertThat(offers.substring(0, offers.indexOf("Package verdicts")))
        .containsPattern(
            "offered \".+\" \\(.+\\)\n {15}-- \\d{3}_[0-9a-f]{16} \\((undated|\\d{4}-\\d{2}-\\d{2})\\),"
                + " line \\d+");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void verboseGivesTheAccountOfWhatWasRead() {
    assertThat(run("--verbose", "--party", "NATO")).isZero();

    assertThat(err.toString())
        .contains("read: articles: the bundled corpus security-guarantees-2021")
        .contains("read: 25 boilerplate passages set aside");
    // The classes add up to the sentences, and the statements to those kept and set aside.
    Matcher sentences =
        Pattern.compile(
                "read: 5 articles, (\\d+) sentences: (\\d+) statement, (\\d+) context,"
                    + " (\\d+) boilerplate, (\\d+) unrecognised")
            .matcher(err.toString());
    assertThat(sentences.find()).as(err.toString()).isTrue();
    assertThat(sum(sentences, 2, 3, 4, 5)).isEqualTo(Integer.parseInt(sentences.group(1)));
    Matcher statements =
        Pattern.compile("read: (\\d+) statements: (\\d+) in the record, (\\d+) set aside")
            .matcher(err.toString());
    assertThat(statements.find()).as(err.toString()).isTrue();
    assertThat(sum(statements, 2, 3)).isEqualTo(Integer.parseInt(statements.group(1)));
    assertThat(out.toString()).contains("made by NATO").doesNotContain("== Russia");
  }

  @Test
  void sentencesAccountsForEverySentenceAndEveryStatementSetAside() {
    assertThat(run("--sentences")).isZero();

    String account = out.toString();
    assertThat(account)
        .startsWith("Every sentence of 5 articles: ")
        .contains("000_78de9c1f8bebefd8  \"")
        .contains("(boilerplate) set aside by rule")
        .containsPattern("Statements set aside: \\d+ of \\d+")
        .contains("set aside: ");
    Matcher header =
        Pattern.compile("^Every sentence of 5 articles: (\\d+) sentences").matcher(account);
    assertThat(header.find()).isTrue();
    int total = Integer.parseInt(header.group(1));
    assertThat(account.lines().filter(l -> l.matches(" {2}line \\d+ +s\\d+ .*"))).hasSize(total);
    for (String sentenceClass : new String[] {"STATEMENT", "CONTEXT", "UNRECOGNISED"}) {
      assertThat(account).containsPattern("s\\d+ +" + sentenceClass + " +\\S");
    }
    assertThat(account).contains("-> DEMAND (CAMEO 10, PLOVER REQUEST) by ");
  }

  /** Writes a case lexicon whose first lines define the party Northmark, then {@code more}. */
  private Path harbourLexicon(String... more) throws IOException {
    StringBuilder text = new StringBuilder("[party NM]\nname = Northmark\nkind = state\n");
    for (String line : more) {
      text.append(line).append('\n');
    }
    return Files.writeString(dir.resolve("harbour.lexicon"), text);
  }

  @Test
  void readsAFolderOfArticlesWithALexiconOfItsOwn() throws IOException {
    Path lexicon =
        harbourLexicon(
            "adjectives = Northmark's",
            "[party SC]",
            "name = Southcoast",
            "kind = state",
            "[actor vell]",
            "name = Ada Vell",
            "party = NM",
            "role = minister",
            "names = Vell",
            "[item pier]",
            "text = Southcoast rebuilds the old pier",
            "acting = SC",
            "phrases = old pier | the pier");
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("a.txt"),
        "Northmark presses for the pier\n\nMarch 3, 2024\n\n"
            + "Northmark demanded on Monday that Southcoast rebuild the old pier, minister Ada Vell"
            + " said.\n\nThe pier has stood unused for years.\n");
    Files.writeString(articles.resolve("notes.md"), "not an article");

    assertThat(run("--lexicon", lexicon.toString(), "--verbose", articles.toString())).isZero();

    assertThat(err.toString()).contains("read: 1 articles, 2 sentences");
    assertThat(out.toString())
        .contains("== Northmark")
        .contains("Southcoast rebuilds the old pier [pier]")
        .contains("-- a (2024-03-03), line 5");
  }

  @Test
  void asOfAndPartyNarrowTheReport() throws IOException {
    Path json = dir.resolve("record.json");
    ParleyJson.create().write(HandBuiltNegotiation.record(), json);

    assertThat(run("--as-of", "2022-01-31", "--party", "US", json.toString())).isZero();

    assertThat(out.toString())
        .contains("Unmet demands as of 2022-01-31 made by US: 1 of 1")
        .contains("[ru-pull-back]")
        .containsPattern("Open offers as of 2022-01-31 made by US: \\d+ of 2 still open")
        .contains("[arms-control]")
        .doesNotContain("[reopen-missions]")
        .doesNotContain("[no-nato-expansion]")
        .doesNotContain("Russia's reply to the United States");
  }

  @Test
  void writesEachFormatToAFile() throws IOException {
    Path json = dir.resolve("record.json");
    ParleyJson.create().write(HandBuiltNegotiation.record(), json);
    for (String format : new String[] {"text", "markdown", "json", "html"}) {
      Path file = dir.resolve("report." + format);
      assertThat(run("--format", format, "--output", file.toString(), json.toString())).isZero();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("no-nato-expansion");
    }
    assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(dir.resolve("report.markdown"))).startsWith("# ");
    assertThat(Files.readString(dir.resolve("report.json"))).startsWith("{");
    assertThat(err.toString()).contains("wrote " + dir.resolve("report.html"));
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void readsARecordInJson() throws IOException {
    Path json = dir.resolve("record.json");
    ParleyJson.create().write(HandBuiltNegotiation.record(), json);

    assertThat(run("--verbose", "--format", "markdown", json.toString())).isZero();

    assertThat(out.toString()).contains("# Security guarantees in Europe");
    assertThat(err.toString())
        .contains("read: record: " + json)
        .contains("read: 3 parties, 16 items, 6 packages, 5 communications");
  }

  @Test
  void checkLexiconPrintsAdviceWithFileAndLine() throws IOException {
    Path lexicon =
        harbourLexicon(
            "[item pier-talks]",
            "text = Talks on the pier resume",
            "acting = NM",
            "phrases = pier talks | old pier");

    assertThat(run("--check-lexicon", "--lexicon", lexicon.toString())).isZero();

    assertThat(out.toString().lines())
        .containsExactly(
            lexicon
                + ":7:11: [item pier-talks] 'pier talks': ends with the cue 'talks' of the act"
                + " 'discuss'; each mention is read both as the item and as that act",
            "1 piece of advice on "
                + lexicon
                + "; none stops the lexicon from being used (docs/lexicons.md, \"Advice\").");

    out.getBuffer().setLength(0);
    assertThat(run("--check-lexicon")).isZero();
    assertThat(out.toString())
        .contains("security-guarantees-2021.lexicon:")
        .contains("of advice on");

    assertThat(run("--check-lexicon", "--lexicon", lexicon.toString(), "a.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--check-lexicon reads no articles");
  }

  @Test
  void helpExplainsEveryOption() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .contains("--lexicon=FILE")
        .contains("--as-of=DATE")
        .contains("--party=ID")
        .contains("--format=FORMAT")
        .contains("--output=FILE")
        .contains("--verbose")
        .contains("--sentences")
        .contains("--check-lexicon")
        .contains("Exit codes:");
  }

  @Test
  void badUsageExitsWithTwoAndAOneLineHint() {
    assertThat(run("--format", "pdf")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).contains("--format").contains("try --help");

    err.getBuffer().setLength(0);
    assertThat(run("--as-of", "17 Feb")).isEqualTo(2);
    assertThat(err.toString()).contains("--as-of").contains("try --help");

    err.getBuffer().setLength(0);
    assertThat(run("--sentences", "--format", "html")).isEqualTo(2);
    assertThat(err.toString()).contains("--sentences writes text only").contains("try --help");

    err.getBuffer().setLength(0);
    assertThat(run("--party", "XX")).isEqualTo(2);
    assertThat(err.toString()).contains("no party XX").contains("RU, US, NATO");
  }

  @Test
  void unreadableInputExitsWithOneNamingTheFileAndTheProblem() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"parties\": [ {\"id\": 3} ]\n}\n");

    assertThat(run(broken.toString())).isEqualTo(1);

    assertThat(err.toString()).startsWith("unmet-demands: cannot read " + broken);
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(err.toString().lines()).hasSize(1);

    err.getBuffer().setLength(0);
    assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("missing.json").contains("no such file");
  }

  @Test
  void anEmptyOrBinaryArticleExitsWithOneNamingTheFile() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path binary = dir.resolve("photo.txt");
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37 + 11);
    }
    Files.write(binary, bytes);

    for (Path file : new Path[] {empty, binary}) {
      err.getBuffer().setLength(0);
      assertThat(run(file.toString())).as("%s", file).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("unmet-demands: cannot read ")
          .contains(file.getFileName().toString())
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
      assertThat(err.toString().lines()).hasSize(1);
    }

    err.getBuffer().setLength(0);
    Path folder = Files.createDirectory(dir.resolve("no-articles"));
    assertThat(run(folder.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no-articles").contains("no articles");

    err.getBuffer().setLength(0);
    assertThat(run(empty.toString(), dir.resolve("record.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not both");
  }

  private static int sum(Matcher matcher, int... groups) {
    int sum = 0;
    for (int group : groups) {
      sum += Integer.parseInt(matcher.group(group));
    }
    return sum;
  }
}
