package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.agenda.Linkage;
import dev.parley.io.InputParseException;
import dev.parley.party.ActorRole;
import dev.parley.party.PartyKind;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconReaderTest {
  private static final String PARTIES =
      "[party RU]\nname = Russia\nkind = state\n\n[party US]\nname = United States\nkind = state\n"
          + "# eight lines\n";

  private static CaseLexicon readCase(String text) {
    return CaseLexicon.read("t.lexicon", new StringReader(text));
  }

  private static String caseError(String text) {
    try {
      readCase(text);
    } catch (InputParseException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }

  private static String genericError(String text) {
    try {
      GenericLexicon.read("g.lexicon", new StringReader(text));
    } catch (InputParseException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void readsEverySectionOfACaseLexicon() {
    CaseLexicon c =
        readCase(
            "# a comment\n"
                + PARTIES
                + "\n[actor lavrov]\nname = Sergei Lavrov\nparty = RU\nrole = minister\n"
                + "title = Foreign Minister\nnames = Lavrov | head of Russian diplomacy\n"
                + "[item no-expansion]\ntext = No expansion\nacting = US\nphrases = expand | enlarge\n"
                + "pattern = re2:(?i)expan(d|sion)\n"
                + "[package p]\ntitle = P\nlinkage = indivisible\nmembers = no-expansion\n"
                + "[document d1]\ntitle = Draft\nkind = draft-treaty\ndate = 2021-12-17\nauthor = RU\n"
                + "addressees = US\npackage = p\nnames = draft treaty\n"
                + "[document d2]\ntitle = Reply\nkind = reply\ndate = 2022-01-26\nauthor = US\n"
                + "addressees = RU\nanswers = d1\n");
    assertThat(c.name()).isEqualTo("t");
    assertThat(c.actor("lavrov").orElseThrow().names())
        .containsExactly("Lavrov", "head of Russian diplomacy");
    assertThat(c.actor("lavrov").orElseThrow().role()).isEqualTo(ActorRole.MINISTER);
    assertThat(c.item("no-expansion").orElseThrow().pattern()).contains("(?i)expan(d|sion)");
    assertThat(c.packageEntry("p").orElseThrow().linkage()).isEqualTo(Linkage.INDIVISIBLE);
    assertThat(c.document("d1").orElseThrow().date()).isEqualTo(LocalDate.of(2021, 12, 17));
    assertThat(c.document("d1").orElseThrow().packageId()).contains("p");
    assertThat(c.document("d2").orElseThrow().answers()).containsExactly("d1");
  }

  @Test
  void acceptsWindowsLineEndsAndByteOrderMark() {
    CaseLexicon c = readCase("\uFEFF[party RU]\r\nname = Russia\r\nkind = state\r\n");
    assertThat(c.parties()).hasSize(1);
  }

  @Test
  void reportsUnknownSectionKind() {
    assertThat(caseError(PARTIES + "[actr lavrov]\n"))
        .isEqualTo(
            "t.lexicon:9:2: unknown section kind 'actr' in a case lexicon; expected one of: party,"
                + " actor, item, package, document");
  }

  @Test
  void reportsUnknownKey() {
    assertThat(caseError("[party RU]\nname = Russia\nkind = state\n  nmae = x\n"))
        .isEqualTo(
            "t.lexicon:4:3: unknown key 'nmae' in [party RU]; expected one of: name, kind, names,"
                + " capitals, seats, adjectives");
  }

  @Test
  void reportsMissingRequiredKey() {
    assertThat(caseError(PARTIES + "[actor lavrov]\nname = Sergei Lavrov\nrole = minister\n"))
        .isEqualTo("t.lexicon:9:2: missing required key 'party' in [actor lavrov]");
  }

  @Test
  void reportsAPhraseWithNoLetterOrDigit() {
    assertThat(
            caseError(
                PARTIES + "[item talks]\ntext = Talks resume\nacting = RU\nphrases = talks | --\n"))
        .startsWith("t.lexicon:9:2: ")
        .contains("'talks'", "'--'", "no letter or digit");
  }

  @Test
  void reportsDuplicateIdAndDuplicateKey() {
    assertThat(caseError(PARTIES + "[party RU]\nname = R\nkind = state\n"))
        .isEqualTo("t.lexicon:9:8: duplicate id 'RU'; first defined at line 1");
    assertThat(caseError("[party RU]\nname = Russia\nname = Russland\n"))
        .isEqualTo("t.lexicon:3:1: duplicate key 'name' in [party RU]; first given at line 2");
  }

  @Test
  void itemsAndPackagesShareOneNamespace() {
    assertThat(
            caseError(
                PARTIES
                    + "[item x]\ntext = X\n[package x]\ntitle = T\nlinkage = separable\n"
                    + "members = x\n"))
        .isEqualTo("t.lexicon:11:10: duplicate id 'x'; first defined at line 9");
  }

  @Test
  void reportsDanglingReferences() {
    assertThat(caseError(PARTIES + "[actor lavrov]\nname = L\nparty = RUS\nrole = minister\n"))
        .isEqualTo(
            "t.lexicon:11:9: unknown party 'RUS' in [actor lavrov]; expected the id of a party"
                + " defined in this file");
    assertThat(caseError(PARTIES + "[item i]\ntext = T\nacting = US | UK\n"))
        .startsWith("t.lexicon:11:15: unknown party 'UK' in [item i]");
    assertThat(
            caseError(PARTIES + "[package p]\ntitle = T\nlinkage = separable\nmembers = nothing\n"))
        .startsWith("t.lexicon:12:11: unknown item or package 'nothing' in [package p]");
    String doc = "[document d]\ntitle = T\nkind = reply\ndate = 2022-01-26\n";
    assertThat(caseError(PARTIES + doc + "author = UK\n"))
        .startsWith("t.lexicon:13:10: unknown party 'UK' in [document d]");
    assertThat(caseError(PARTIES + doc + "author = US\naddressees = RU | XX\n"))
        .startsWith("t.lexicon:14:19: unknown party 'XX' in [document d]");
    assertThat(caseError(PARTIES + doc + "author = US\npackage = p\n"))
        .startsWith("t.lexicon:14:11: unknown package 'p' in [document d]");
    assertThat(caseError(PARTIES + doc + "author = US\nanswers = e\n"))
        .startsWith("t.lexicon:14:11: unknown document 'e' in [document d]");
  }

  @Test
  void reportsPackageCycles() {
    assertThat(
            caseError(
                PARTIES
                    + "[item i]\ntext = I\n"
                    + "[package a]\ntitle = A\nlinkage = separable\nmembers = i | b\n"
                    + "[package b]\ntitle = B\nlinkage = separable\nmembers = a\n"))
        .isEqualTo(
            "t.lexicon:18:11: package 'b' contains 'a', which contains it; expected no cycle");
  }

  @Test
  void reportsBadEnumWords() {
    assertThat(caseError(PARTIES + "[actor lavrov]\nname = L\nparty = RU\nrole = minster\n"))
        .isEqualTo(
            "t.lexicon:12:8: unknown role 'minster'; expected one of: head-of-state,"
                + " head-of-government, minister, deputy-minister, ministry, spokesperson,"
                + " ambassador, secretary-general, envoy, official, legislator, expert");
    assertThat(caseError("[party RU]\nname = Russia\nkind = empire\n"))
        .startsWith("t.lexicon:3:8: unknown party kind 'empire'; expected one of: state,");
    assertThat(
            caseError(
                PARTIES
                    + "[item i]\ntext = I\n[package p]\ntitle = T\nlinkage = loose\nmembers = i\n"))
        .startsWith("t.lexicon:13:11: unknown linkage 'loose'; expected one of: indivisible,");
    assertThat(
            caseError(
                PARTIES + "[document d]\ntitle = T\nkind = memo\ndate = 2022-01-26\nauthor = US\n"))
        .startsWith("t.lexicon:11:8: unknown document kind 'memo'; expected one of: draft-treaty,");
  }

  @Test
  void reportsBadDates() {
    String doc = "[document d]\ntitle = T\nkind = reply\nauthor = US\ndate = ";
    assertThat(caseError(PARTIES + doc + "26/01/2022\n"))
        .isEqualTo("t.lexicon:13:8: bad date '26/01/2022'; expected an ISO date yyyy-MM-dd");
    assertThat(caseError(PARTIES + doc + "2022-02-30\n"))
        .isEqualTo("t.lexicon:13:8: bad date '2022-02-30'; expected an ISO date yyyy-MM-dd");
  }

  @Test
  void reportsBadIds() {
    assertThat(caseError(PARTIES + "[actor Lavrov]\n"))
        .isEqualTo("t.lexicon:9:8: bad id 'Lavrov'; expected [a-z0-9][a-z0-9-]*");
    assertThat(caseError("[party R_U]\n"))
        .isEqualTo("t.lexicon:1:8: bad party id 'R_U'; expected [A-Za-z0-9][A-Za-z0-9-]*");
    assertThat(caseError("[party]\n"))
        .isEqualTo("t.lexicon:1:2: missing id; expected '[party id]'");
  }

  @Test
  void reportsBadPatterns() {
    String item = PARTIES + "[item i]\ntext = I\npattern = ";
    assertThat(caseError(item + "(?i)expan\n"))
        .isEqualTo(
            "t.lexicon:11:11: expected 're2:' followed by a regular expression (RE2 syntax)");
    assertThat(caseError(item + "re2:expan(\n"))
        .startsWith("t.lexicon:11:15: bad regular expression: ");
    assertThat(caseError(item + "re2:(?<=x)y\n"))
        .startsWith("t.lexicon:11:15: bad regular expression: ");
    assertThat(caseError(item + "re2:a*\n"))
        .isEqualTo("t.lexicon:11:15: regular expression matches the empty string; expected text");
  }

  @Test
  void reportsSyntaxErrors() {
    assertThat(caseError("name = Russia\n"))
        .isEqualTo(
            "t.lexicon:1:1: key 'name' outside any section; expected a section header '[kind"
                + " id]' first");
    assertThat(caseError("[party RU]\nthis line has no equals sign\n"))
        .isEqualTo(
            "t.lexicon:2:1: expected 'key = value', a section header '[kind id]', a '#' comment"
                + " or a blank line");
    assertThat(caseError("[party RU\n"))
        .isEqualTo("t.lexicon:1:10: expected ']' to close the section header");
    assertThat(caseError("[party RU] x\n"))
        .isEqualTo("t.lexicon:1:12: unexpected text after ']'; expected the end of the line");
    assertThat(caseError("[party RU US]\n"))
        .isEqualTo("t.lexicon:1:11: unexpected text in section header; expected '[kind id]'");
    assertThat(caseError("[party RU]\nname =   \n"))
        .isEqualTo("t.lexicon:2:7: empty value for 'name'; expected a value after '='");
    assertThat(caseError("[party RU]\nname = Russia\nkind = state\nnames = A | | B\n"))
        .isEqualTo(
            "t.lexicon:4:13: empty element in the list of 'names'; expected text between '|'");
    assertThat(caseError("[party RU]\nname = Russia | Rossiya\n"))
        .isEqualTo("t.lexicon:2:15: 'name' takes a single value; expected no '|'");
    assertThat(caseError("[party RU]\nName = Russia\n"))
        .isEqualTo("t.lexicon:2:1: bad key 'Name'; expected lower-case letters, digits and '-'");
  }

  @Test
  void genericSchemaHasItsOwnErrors() {
    assertThat(genericError("[party RU]\nname = Russia\n"))
        .startsWith(
            "g.lexicon:1:2: unknown section kind 'party' in a generic lexicon; expected one of:"
                + " state, organisation, act,");
    assertThat(genericError("[act demand]\nphrases = demand\nplover = REQUST\n"))
        .startsWith("g.lexicon:3:10: unknown PLOVER category 'REQUST'; expected one of: AGREE,");
    assertThat(genericError("[act demand]\nphrases = demand\ncameo = 1a\n"))
        .isEqualTo("g.lexicon:3:9: bad CAMEO code '1a'; expected two to four digits");
    assertThat(genericError("[act accept]\nphrases = accept\nnegated = rejct\n"))
        .startsWith("g.lexicon:3:11: unknown act 'rejct' in [act accept]");
    assertThat(genericError("[role minster]\nphrases = minister\n"))
        .startsWith("g.lexicon:1:7: unknown role 'minster'; expected one of: head-of-state,");
    assertThat(genericError("[negation x]\nphrases = not\n"))
        .isEqualTo("g.lexicon:1:11: section [negation] takes no id; expected ']'");
    assertThat(genericError("[negation]\nphrases = not\n[negation]\nphrases = no\n"))
        .isEqualTo("g.lexicon:3:2: duplicate section [negation]; first at line 1");
  }

  @Test
  void readsGenericLexicon() {
    GenericLexicon g =
        GenericLexicon.read(
            "g.lexicon",
            new StringReader(
                "[state RU]\nname = Russia\ncapitals = Moscow\nseats = the Kremlin\n"
                    + "adjectives = Russian\n"
                    + "[organisation NATO]\nname = NATO\nkind = alliance\n"
                    + "[act reject]\ncameo = 12\nplover = REJECT\nphrases = reject\n"
                    + "[act accept]\ncameo = 08\nnegated = reject\nphrases = accept\n"
                    + "[negation]\nphrases = not\n[role minister]\nphrases = minister\n"
                    + "[common-words]\nwords = However | Although\n"));
    assertThat(g.party("RU").orElseThrow().capitals()).containsExactly("Moscow");
    assertThat(g.party("RU").orElseThrow().kind()).isEqualTo(PartyKind.STATE);
    assertThat(g.party("NATO").orElseThrow().kind()).isEqualTo(PartyKind.ALLIANCE);
    assertThat(g.act("reject").orElseThrow().plover()).contains(Plover.REJECT);
    assertThat(g.act("accept").orElseThrow().negated()).contains("reject");
    assertThat(g.cues()).extracting(CueEntry::id).containsExactly("negation", "minister");
    assertThat(g.commonWords()).containsExactly("however", "although");
  }

  @Test
  void readsFromPathsAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("brexit.lexicon");
    Files.writeString(ok, PARTIES);
    assertThat(CaseLexicon.read(ok).name()).isEqualTo("brexit");
    Path bad = dir.resolve("bad.lexicon");
    Files.write(bad, new byte[] {'[', (byte) 0xff, ']'});
    assertThatThrownBy(() -> CaseLexicon.read(bad))
        .isInstanceOf(InputParseException.class)
        .hasMessage(bad + ": not UTF-8 text");
    assertThatThrownBy(() -> GenericLexicon.read(dir.resolve("missing.lexicon")))
        .isInstanceOf(InputParseException.class)
        .hasMessageEndingWith("missing.lexicon: no such file");
  }
}
