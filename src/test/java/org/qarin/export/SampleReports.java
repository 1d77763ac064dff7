package org.qarin.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qarin.align.LinkFile;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.model.Sentence;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.model.Summary;
import org.qarin.model.WordGaps;
import org.qarin.segment.RuleSegmenter;

/** Hand-made reports for exporter tests, independent of the aligner and the auditor. */
public final class SampleReports {
  private SampleReports() {}

  /** The corpus sample with its gold alignment and the findings its planted edits call for. */
  public static Report corpusSample() {
    Document ar = segment("statement-ar", Language.AR);
    Document en = segment("statement-en", Language.EN);
    List<Link> links = new ArrayList<>();
    for (Link l : LinkFile.toLinks(LinkFile.parse(read("gold")))) {
      boolean moved = l.source().equals(List.of(23)) || l.source().equals(List.of(24));
      links.add(moved ? new Link(l.source(), l.target(), LinkKind.MOVED, 0.8) : withScore(l, 0.9));
    }
    Alignment alignment = new Alignment(ar, en, links);
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.of(FindingKind.DROPPED, Severity.WARNING, List.of(6), List.of(), "not translated"));
    findings.add(
        Finding.of(
            FindingKind.DROPPED, Severity.WARNING, List.of(22), List.of(), "not translated"));
    findings.add(
        Finding.of(FindingKind.ADDED, Severity.WARNING, List.of(), List.of(11), "no source"));
    findings.add(
        Finding.of(
            FindingKind.MERGED,
            Severity.INFO,
            List.of(16, 17),
            List.of(19),
            "2 sentences rendered as 1"));
    findings.add(
        Finding.of(
            FindingKind.SPLIT,
            Severity.INFO,
            List.of(7),
            List.of(8, 9),
            "1 sentence rendered as 2"));
    findings.add(
        Finding.of(
            FindingKind.MOVED, Severity.WARNING, List.of(23, 24), List.of(6, 7), "moved up"));
    findings.add(
        new Finding(
            FindingKind.NUMBER_CHANGED,
            Severity.CRITICAL,
            List.of(5),
            List.of(5),
            "40 in the source is 45 in the translation",
            List.of(span(ar, 5, "40")),
            List.of(span(en, 5, "45"))));
    findings.add(
        Finding.of(
            FindingKind.BOILERPLATE,
            Severity.INFO,
            List.of(28, 29),
            List.of(),
            "related articles"));
    findings.add(
        Finding.of(
            FindingKind.BOILERPLATE,
            Severity.INFO,
            List.of(),
            List.of(27, 28),
            "newsroom disclaimer"));
    List<WordGaps> gaps =
        List.of(new WordGaps(5, List.of(span(ar, 5, "الرئيسية")), List.of(span(en, 5, "main"))));
    return new Report(alignment, findings, gaps, summary(alignment, findings, 0.86));
  }

  /**
   * The heading of the compilation's section that renders the source; markup to be shown as text.
   */
  public static final String SECTION = "<b>School</b> & \"city\" plans";

  /**
   * A partial rendering: an English compilation of three sections whose middle one (target
   * sentences 4–7, opened by a heading with markup in it) renders source sentences 1–3 of six.
   */
  public static Report compilation() {
    Document ar =
        doc(
            "statement-ar.txt",
            Language.AR,
            "قال الوزير إن الحكومة ستعمل.\n\nستبني الحكومة مدرسة في المدينة. ستستقبل المدرسة 500 طالب."
                + " سيبدأ العمل في الربيع.\n\nوتعاني المدينة من نقص المدارس. ويعيش فيها مئة ألف نسمة.");
    Document en =
        doc(
            "compilation-en.txt",
            Language.EN,
            "Several statements were issued this week.\n\nFloods in the north\n\nRain flooded villages."
                + " Teams evacuated families.\n\n"
                + SECTION
                + "\n\nThe government will build a school in the"
                + " city. It will take 600 pupils. Work starts in spring.\n\nTalks in Geneva\n\nDelegations met."
                + " No agreement was reached.");
    List<Link> links = new ArrayList<>();
    links.add(new Link(List.of(0), List.of(), LinkKind.DROPPED, 1));
    for (int j = 0; j <= 4; j++) {
      links.add(new Link(List.of(), List.of(j), LinkKind.ADDED, 1));
    }
    links.add(Link.aligned(List.of(1), List.of(5), 0.9));
    links.add(Link.aligned(List.of(2), List.of(6), 0.8));
    links.add(Link.aligned(List.of(3), List.of(7), 0.85));
    for (int j = 8; j <= 10; j++) {
      links.add(new Link(List.of(), List.of(j), LinkKind.ADDED, 1));
    }
    links.add(new Link(List.of(4), List.of(), LinkKind.DROPPED, 1));
    links.add(new Link(List.of(5), List.of(), LinkKind.DROPPED, 1));
    Alignment alignment = new Alignment(ar, en, links);
    List<Finding> findings =
        List.of(
            Finding.of(
                FindingKind.NOT_INCLUDED,
                Severity.INFO,
                List.of(0),
                List.of(),
                "Source sentence 0 is outside the passage"),
            Finding.of(
                FindingKind.OTHER_CONTENT,
                Severity.INFO,
                List.of(),
                List.of(0, 1, 2, 3),
                "Translation sentences 0–3 render other content than the source, under the heading 'Floods in the north'"),
            new Finding(
                FindingKind.NUMBER_CHANGED,
                Severity.CRITICAL,
                List.of(2),
                List.of(6),
                "500 in the source is 600 in the translation",
                List.of(span(ar, 2, "500")),
                List.of(span(en, 6, "600"))),
            Finding.of(
                FindingKind.OTHER_CONTENT,
                Severity.INFO,
                List.of(),
                List.of(8, 9, 10),
                "Translation sentences 8–10 render other content than the source, under the heading 'Talks in Geneva'"),
            Finding.of(
                FindingKind.NOT_INCLUDED,
                Severity.INFO,
                List.of(4, 5),
                List.of(),
                "Source sentences 4–5 are outside the passage"));
    Summary whole = summary(alignment, findings, 0.5);
    Rendering rendering =
        new Rendering(
            Rendering.Shape.PARTIAL,
            List.of(new Rendering.Stretch(1, 3)),
            List.of(new Rendering.Stretch(4, 7, java.util.Optional.of(SECTION))));
    return new Report(
        alignment,
        findings,
        List.of(),
        new Summary(
            whole.sourceSentences(),
            whole.targetSentences(),
            whole.coverage(),
            whole.sentenceCoverage(),
            whole.meanScore(),
            whole.counts(),
            rendering));
  }

  /**
   * A report whose texts carry markup, entities, CDATA ends, control and bidi characters, formulas.
   */
  public static Report hostile() {
    String arText =
        "قال <script>alert('x')</script> المتحدث.\n\n"
            + "=HYPERLINK(\"http://evil.example\",\"انقر\") هنا\n\n"
            + "نص \u202Eمعكوس\u202C و]]> و&amp; و</td></tr>\n\n"
            + "كلمة"
            + "ط".repeat(3000);
    String enText =
        "The <b>speaker</b> said <script>alert('x')</script>.\n\n"
            + "@SUM(A1:A9) -2+3 +cmd|' /C calc'!A0\n\n"
            + "Control \u0001\u0008\u001B chars, \uFFFE and \uD800 lone surrogate ]]> &lt;\n\n"
            + "word"
            + "x".repeat(3000);
    Document ar = doc("hostile-ar.txt", Language.AR, arText);
    Document en = doc("hostile-en.txt", Language.EN, enText);
    List<Link> links =
        List.of(
            Link.aligned(List.of(0), List.of(0), 0.7),
            Link.aligned(List.of(1), List.of(1), 0.5),
            new Link(List.of(2), List.of(), LinkKind.DROPPED, 0.9),
            new Link(List.of(), List.of(2), LinkKind.ADDED, 0.9),
            Link.aligned(List.of(3), List.of(3), 0.4));
    Alignment alignment = new Alignment(ar, en, links);
    List<Finding> findings =
        List.of(
            Finding.of(
                FindingKind.DROPPED,
                Severity.WARNING,
                List.of(2),
                List.of(),
                "<script>alert(1)</script> & \"quotes\""),
            Finding.of(
                FindingKind.ADDED, Severity.WARNING, List.of(), List.of(2), "=cmd|' /C calc'!A0"));
    return new Report(alignment, findings, List.of(), summary(alignment, findings, 0.5));
  }

  private static Summary summary(Alignment a, List<Finding> findings, double coverage) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (Finding f : findings) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    double mean =
        a.links().stream().filter(l -> !l.oneSided()).mapToDouble(Link::score).average().orElse(0);
    long covered =
        a.links().stream().filter(l -> !l.oneSided()).mapToLong(l -> l.source().size()).sum();
    return new Summary(
        a.source().size(),
        a.target().size(),
        coverage,
        (double) covered / a.source().size(),
        mean,
        counts);
  }

  private static Link withScore(Link l, double score) {
    return new Link(l.source(), l.target(), l.kind(), score);
  }

  private static Span span(Document d, int sentence, String word) {
    Sentence s = d.sentence(sentence);
    int at = s.text().indexOf(word);
    if (at < 0) {
      throw new IllegalStateException(word + " not in " + s.text());
    }
    return new Span(s.start() + at, s.start() + at + word.length());
  }

  private static Document doc(String name, Language lang, String text) {
    return new Document(name, lang, text, RuleSegmenter.defaults().segment(text, lang));
  }

  private static Document segment(String name, Language lang) {
    return doc(name + ".txt", lang, read(name + ".txt"));
  }

  private static String read(String name) {
    try {
      return Files.readString(Path.of("corpus/sample", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
