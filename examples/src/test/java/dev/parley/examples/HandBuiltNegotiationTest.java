package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analysis.DemandStatus;
import dev.parley.analysis.PackageVerdict;
import dev.parley.analysis.PackageVerdicts;
import dev.parley.analysis.SelectiveResponse;
import dev.parley.analysis.UnmetDemands;
import dev.parley.communication.Communication;
import dev.parley.evidence.Evidence;
import dev.parley.record.NegotiationRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandBuiltNegotiationTest {
  private final NegotiationRecord record = HandBuiltNegotiation.record();

  @Test
  void everyQuoteStandsInItsArticleAtTheOffsetsGiven() {
    BundledArticles articles = new BundledArticles();
    List<Evidence> all = new ArrayList<>();
    for (Communication c : record.communications()) {
      all.addAll(c.evidence());
      c.entries().forEach(e -> all.addAll(e.evidence()));
      c.stances().forEach(s -> all.addAll(s.evidence()));
      c.verdict().ifPresent(v -> all.addAll(v.evidence()));
    }
    assertThat(all).hasSizeGreaterThan(30);
    for (Evidence e : all) {
      String text = articles.text(e.source().id());
      assertThat(text.substring(e.start().getAsInt(), e.end().getAsInt()))
          .as("quote from %s", e.source().id())
          .isEqualTo(e.quote());
      long line = text.substring(0, e.start().getAsInt()).chars().filter(c -> c == '\n').count();
      assertThat(e.locator()).contains("line " + (line + 1));
    }
  }

  @Test
  void russiasCoreDemandsAreUnmetOnTheDayOfItsReply() {
    List<String> unmet =
        UnmetDemands.of(record).unmetAsOf(HandBuiltNegotiation.RUSSIAN_REPLY, "RU").stream()
            .map(DemandStatus::item)
            .toList();

    assertThat(unmet)
        .contains(
            "no-nato-expansion",
            "no-ukraine-georgia",
            "no-bases-ex-ussr",
            "nato-back-to-1997",
            "us-forces-out-cee",
            "kyiv-minsk");
  }

  @Test
  void theIndivisiblePackageIsBlockedAndTheUsReplyWasSelective() {
    PackageVerdicts verdicts = PackageVerdicts.of(record);

    PackageVerdict whole =
        verdicts.asOf(HandBuiltNegotiation.RUSSIAN_REPLY).stream()
            .filter(v -> v.itemPackage().equals("ru-security-guarantees"))
            .findFirst()
            .orElseThrow();
    assertThat(whole.met()).isFalse();
    assertThat(whole.blockingMembers()).isNotEmpty();

    List<SelectiveResponse> selective =
        verdicts.selectiveResponses(HandBuiltNegotiation.RUSSIAN_REPLY);
    assertThat(selective)
        .anySatisfy(
            s -> {
              assertThat(s.response()).isEqualTo("us-reply-2022-01-26");
              assertThat(s.itemPackage()).isEqualTo("ru-security-guarantees");
              assertThat(s.passedOver()).contains("no-bases-ex-ussr", "nato-back-to-1997");
            });
  }

  @Test
  void mainPrintsUnmetDemandsVerdictsAndSelectiveResponsesWithSources() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      HandBuiltNegotiation.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("Unmet demands as of 2022-02-17")
        .contains("NATO renounces further expansion [no-nato-expansion]")
        .contains("\"There will be no change.\" (Antony Blinken, quoted)")
        .contains("-- 003_3a04cc96b03d8b02 (undated), line 13, chars")
        .contains("Package verdicts as of 2022-02-17")
        .contains("NOT MET  Russia's proposals on security guarantees")
        .contains("Selective responses to indivisible packages")
        .contains("passed over: NATO creates no military bases");
  }
}
