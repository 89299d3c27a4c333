package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.json.ParleyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void byDefaultReportsTheBundledNegotiationAsOfItsLatestCommunication() {
    assertThat(run()).isZero();

    assertThat(out.toString())
        .contains("Unmet demands as of 2022-02-17")
        .contains("== Russia: Draft treaty with the United States (indivisible)")
        .contains("-- 003_3a04cc96b03d8b02 (undated), line 13")
        .contains("Package verdicts as of 2022-02-17")
        .contains("Selective responses to indivisible packages");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void asOfAndPartyNarrowTheReport() {
    assertThat(run("--as-of", "2022-01-31", "--party", "US")).isZero();

    assertThat(out.toString())
        .contains("Unmet demands as of 2022-01-31 made by US: 1 of 1")
        .contains("[ru-pull-back]")
        .doesNotContain("[no-nato-expansion]")
        .doesNotContain("Russia's reply to the United States");
  }

  @Test
  void writesEachFormatToAFile() throws IOException {
    for (String format : new String[] {"text", "markdown", "json", "html"}) {
      Path file = dir.resolve("report." + format);
      assertThat(run("--format", format, "--output", file.toString())).isZero();
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
  void helpExplainsEveryOption() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .contains("--lexicon=FILE")
        .contains("--as-of=DATE")
        .contains("--party=ID")
        .contains("--format=FORMAT")
        .contains("--output=FILE")
        .contains("--verbose")
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
}
