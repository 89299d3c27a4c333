package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A clause of place or occasion ("where", "at which") has its own subject, and a reporting verb
 * joined to the verb before it by "and" or "but" shares that verb's subject, not its object.
 */
class SharedSubjectsTest {
  private static final InventedCase TRUCE = InventedCases.TRUCE_SPEAKERS;

  /** Speaker actor (else party) and act of each statement of the paragraph. */
  private static List<String> read(String paragraph) {
    return StatementExtractor.of(TRUCE.lexicon())
        .extract(TestArticles.of(TRUCE.published(), paragraph))
        .statements()
        .stream()
        .map(s -> s.speakerActor().or(s::speakerParty).orElse("?") + " " + s.act().id())
        .collect(Collectors.toList());
  }

  @Test
  void theSubjectOfAWhereClauseDoesItsAct() {
    assertThat(read("Quill flew on to the coast, where Brenn accepts the truce after midnight."))
        .containsExactly("brenn accept");
    assertThat(read("Quill hosted a summit in the capital, where Varga rejected the truce."))
        .containsExactly("varga reject");
  }

  @Test
  void theSubjectOfAClauseOpenedByAPrepositionAndWhichDoesItsAct() {
    assertThat(read("Quill chaired a long session, during which Brenn accepts the truce."))
        .containsExactly("brenn accept");
  }

  @Test
  void aWhereThatOpensNoClauseOfItsOwnLeavesTheSubject() {
    assertThat(read("Velmar rejected the truce where Tarsia had drafted it."))
        .as("no name right before the act verb after where")
        .contains("VL reject");
  }

  @Test
  void aReportingVerbAfterAndSharesTheSubjectOfTheVerbBefore() {
    assertThat(read("Quill meets Varga and says Tarsia backs the truce."))
        .contains("quill accept")
        .doesNotContain("varga accept");
    assertThat(read("Brenn welcomed Quill but said the insurgents would accept the truce."))
        .contains("brenn accept")
        .doesNotContain("quill accept");
  }

  @Test
  void aReportingVerbWithASubjectOfItsOwnKeepsIt() {
    assertThat(read("Quill met Varga, and Brenn said the insurgents would accept the truce."))
        .contains("brenn accept")
        .doesNotContain("quill accept");
  }
}
