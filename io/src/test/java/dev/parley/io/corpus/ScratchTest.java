package dev.parley.io.corpus;

import dev.parley.analysis.*;
import dev.parley.io.lexicon.CaseLexicon;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() {
    CorpusReading r =
        CorpusReader.of(CaseLexicon.bundled("security-guarantees-2021")).readBundled();
    System.out.println("ACCOUNT " + r.account());
    r.record()
        .communications()
        .forEach(
            c ->
                System.out.println(
                    "COMM "
                        + c.id()
                        + " "
                        + c.date()
                        + " "
                        + c.author()
                        + "->"
                        + c.addressees()
                        + " answers "
                        + c.answers()
                        + " entries "
                        + c.entries().size()
                        + " stances "
                        + c.stances().stream().map(s -> s.item() + ":" + s.kind()).toList()
                        + " verdict "
                        + c.verdict().map(v -> v.kind())));
    r.setAside()
        .forEach(
            s ->
                System.out.println(
                    "ASIDE "
                        + s.articleId()
                        + "#"
                        + s.sentence()
                        + " "
                        + s.act()
                        + " "
                        + s.reason()
                        + " | "
                        + s.quote()));
    r.conflicts().forEach(c -> System.out.println("CONFLICT " + c));
    for (DemandStatus d : UnmetDemands.of(r.record()).unmetAsOf(LocalDate.of(2022, 2, 17))) {
      System.out.println(
          "UNMET "
              + d.demandingParty()
              + " "
              + d.proposal()
              + " "
              + d.item()
              + " "
              + d.state()
              + " "
              + d.addressees().stream()
                  .map(
                      a ->
                          a.party()
                              + ":"
                              + a.reason()
                              + a.communication().map(x -> "@" + x).orElse(""))
                  .toList());
    }
    PackageVerdicts.of(r.record())
        .asOf(LocalDate.of(2022, 2, 17))
        .forEach(
            v ->
                System.out.println(
                    "VERDICT "
                        + v.proposal()
                        + " "
                        + v.itemPackage()
                        + " met="
                        + v.met()
                        + " blocking="
                        + v.blockingMembers()));
    PackageVerdicts.of(r.record())
        .selectiveResponses(LocalDate.of(2022, 2, 17))
        .forEach(v -> System.out.println("SELECTIVE " + v));
  }
}
