package dev.parley.io.article;

/** The line rules wired over a text of one line as the parser wires them, for testing a rule. */
final class OneLineRules {
  final ArticleLines lines;
  final DateClues clues;
  final LineCues cues;
  final Datelines datelines;
  final Navigation navigation;
  final Bylines bylines;
  final Credits credits;
  final WireDatelines wireDatelines;

  OneLineRules(String line) {
    lines = new ArticleLines(line);
    clues = new DateClues(lines);
    cues = new LineCues(lines, CueTable.defaults(), clues);
    datelines = new Datelines(lines, cues);
    navigation = new Navigation(lines);
    bylines = new Bylines(lines, datelines, cues, clues);
    credits = new Credits(lines, navigation, bylines);
    wireDatelines = new WireDatelines(lines, clues);
  }
}
