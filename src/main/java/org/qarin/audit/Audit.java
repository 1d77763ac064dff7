package org.qarin.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qarin.lexicon.EnglishTerms;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.Rendering;
import org.qarin.model.Report;
import org.qarin.model.Severity;
import org.qarin.model.Span;
import org.qarin.model.Summary;
import org.qarin.model.WordGaps;

/** One audit in progress: the state {@link Auditor#audit} builds for one alignment. */
final class Audit {
  /** Links before and after a dropped or added sentence where its counterpart may stand. */
  private static final int NEARBY = 2;

  /** Hears each finding with the evidence it was weighed on: how the calibration is fitted. */
  @FunctionalInterface
  interface Listener {
    Listener NONE = (f, x) -> {};

    void accept(Finding finding, Calibration.Features features);
  }

  private final Alignment alignment;
  private final WordMatcher matcher;
  private final DocumentFacts sourceFacts;
  private final DocumentFacts targetFacts;
  private final Furniture[] sourceFurniture;
  private final Furniture[] targetFurniture;
  private final NameCheck names;
  private final Map<Integer, WordMatcher.Matches> matchesByLink = new HashMap<>();
  private final NegationCheck negation;
  private final List<Finding> findings = new ArrayList<>();
  private final Listener listener;
  private final Rendering rendering;
  private final List<WordGaps> gaps = new ArrayList<>();
  private int sourceWordCount;
  private int renderedWordCount;

  Audit(Alignment alignment, WordMatcher matcher, Rendering.Choice choice, Listener listener) {
    this.alignment = alignment;
    this.matcher = matcher;
    this.listener = listener;
    Document source = alignment.source();
    Document target = alignment.target();
    this.sourceFacts = new DocumentFacts(source);
    this.targetFacts = new DocumentFacts(target);
    this.sourceFurniture = Boilerplate.of(source.language()).classify(source);
    this.targetFurniture = Boilerplate.of(target.language()).classify(target);
    this.rendering = RenderingShape.of(alignment, sourceFurniture, targetFurniture, choice);
    this.negation = new NegationCheck(matcher.lexicon());
    boolean arabicSource = source.language() == Language.AR;
    this.names =
        new NameCheck(
            matcher,
            arabicSource ? targetFacts.words() : sourceFacts.words(),
            arabicSource ? source : target,
            arabicSource ? sourceFacts.words() : targetFacts.words());
  }

  Report run() {
    StructureCheck structure = new StructureCheck(alignment, sourceFurniture, targetFurniture);
    LengthModel lengths = lengthModel();
    List<Link> links = alignment.links();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      if (!elsewhere(link)) {
        for (Finding f : structure.check(i)) {
          add(f, link.oneSided() ? oneSidedFeatures(i) : linkFeatures(link.score()));
        }
      }
      if (link.oneSided()) {
        link.source().forEach(s -> sourceWordCount += sourceFacts.words(s).size());
      } else {
        Side source = new Side(sourceFacts, link.source());
        Side target = new Side(targetFacts, link.target());
        Checked whole = new Checked(source, target, linkMatches(i));
        words(i, whole);
        content(i, lengths, whole);
      }
    }
    outsideTheRendering();
    findings.sort(FindingOrder.of(alignment));
    return new Report(alignment, findings, gaps, summary());
  }

  /**
   * Whether a one-sided link lies outside what the translation renders: a compilation's other
   * sections, the parts of the source a partial rendering leaves out. Such sentences are reported
   * once per stretch ({@link #outsideTheRendering}), not as dropped or added each.
   */
  private boolean elsewhere(Link link) {
    return link.oneSided()
        && link.source().stream().noneMatch(rendering::rendersSource)
        && link.target().stream().noneMatch(j -> rendering.inTarget(j) && !opensSection(j));
  }

  /**
   * Whether a target sentence is the heading of a section that renders part of the source: the
   * compiler's title for it, which the rendering names, not an addition to the source.
   */
  private boolean opensSection(int target) {
    return rendering.shape() == Rendering.Shape.PARTIAL
        && rendering.target().stream().anyMatch(s -> s.from() == target && s.heading().isPresent());
  }

  /** One finding per run of source sentences left out, and one per run of other content. */
  private void outsideTheRendering() {
    boolean none = rendering.shape() == Rendering.Shape.NONE;
    for (List<Integer> run : runsOutside(alignment.source().size(), rendering::rendersSource)) {
      String message =
          none
              ? "The translation renders none of " + Sentences.named("source", run)
              : Sentences.subject("source", run)
                  + (run.size() == 1 ? " is" : " are")
                  + " outside the passage the translation renders";
      add(
          Finding.of(FindingKind.NOT_INCLUDED, Severity.INFO, run, List.of(), message),
          linkFeatures(1));
    }
    Document target = alignment.target();
    for (List<Integer> run : runsOutside(target.size(), rendering::inTarget)) {
      List<String> headings =
          run.stream()
              .filter(target::heading)
              .map(j -> "'" + target.sentence(j).text().strip() + "'")
              .toList();
      String message =
          Sentences.subject("translation", run)
              + (none ? " render none of the source" : " render other content than the source")
              + (headings.isEmpty()
                  ? ""
                  : (headings.size() == 1 ? ", under the heading " : ", under the headings ")
                      + String.join(", ", headings));
      add(
          Finding.of(FindingKind.OTHER_CONTENT, Severity.INFO, List.of(), run, message),
          linkFeatures(1));
    }
  }

  /** The runs of consecutive sentences of a document of {@code size} that are not {@code in}. */
  private static List<List<Integer>> runsOutside(int size, java.util.function.IntPredicate in) {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i <= size; i++) {
      if (i < size && !in.test(i)) {
        run.add(i);
      } else if (!run.isEmpty()) {
        runs.add(List.copyOf(run));
        run.clear();
      }
    }
    return runs;
  }

  /** Adds a finding with the confidence its evidence earns, and tells the listener. */
  private void add(Finding f, Calibration.Features x) {
    Finding weighed = Calibration.weigh(f, x);
    findings.add(weighed);
    listener.accept(weighed, x);
  }

  private static Calibration.Features linkFeatures(double score) {
    return new Calibration.Features(score, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The features of a dropped or added sentence: how much of it the other document renders in the
   * sentences of the links around it, where a misaligned sentence's counterpart would be.
   */
  private Calibration.Features oneSidedFeatures(int index) {
    Link link = alignment.links().get(index);
    boolean dropped = !link.source().isEmpty();
    List<Word> own = new ArrayList<>();
    (dropped ? link.source() : link.target())
        .forEach(k -> own.addAll((dropped ? sourceFacts : targetFacts).words(k)));
    List<Word> near = new ArrayList<>();
    for (int k = Math.max(0, index - NEARBY);
        k <= Math.min(alignment.links().size() - 1, index + NEARBY);
        k++) {
      Link l = alignment.links().get(k);
      (dropped ? l.target() : l.source())
          .forEach(j -> near.addAll((dropped ? targetFacts : sourceFacts).words(j)));
    }
    if (own.isEmpty() || near.isEmpty()) {
      return new Calibration.Features(1, 0, 0, 0, 0, 0, pairedGap(index), 0);
    }
    boolean[] rendered =
        dropped ? matcher.match(own, near).source() : matcher.match(near, own).target();
    return new Calibration.Features(1, 0, 0, share(rendered, true), 0, 0, pairedGap(index), 0);
  }

  /**
   * 1 when the one-sided link at {@code index} stands among one-sided links that leave sentences of
   * both documents unlinked between the same two-sided links (at most {@link #NEARBY} each).
   */
  private double pairedGap(int index) {
    List<Link> links = alignment.links();
    int from = index;
    while (from > 0 && links.get(from - 1).oneSided()) {
      from--;
    }
    int to = index;
    while (to + 1 < links.size() && links.get(to + 1).oneSided()) {
      to++;
    }
    int sources = 0;
    int targets = 0;
    for (int k = from; k <= to; k++) {
      sources += links.get(k).source().size();
      targets += links.get(k).target().size();
    }
    return sources >= 1 && targets >= 1 && sources <= NEARBY && targets <= NEARBY ? 1 : 0;
  }

  /** The share of {@code flags} equal to {@code value}. */
  private static double share(boolean[] flags, boolean value) {
    int n = 0;
    for (boolean b : flags) {
      n += b == value ? 1 : 0;
    }
    return flags.length == 0 ? 0 : (double) n / flags.length;
  }

  /**
   * Two sides of a link with what both the word gaps and the content checks read of them: which
   * words the other side renders, and how the dates pair.
   */
  private final class Checked {
    final Side source;
    final Side target;
    final WordMatcher.Matches matches;
    final DateCheck dates;

    Checked(Side source, Side target) {
      this(source, target, matcher.match(source.words(), target.words()));
    }

    Checked(Side source, Side target, WordMatcher.Matches matches) {
      this.source = source;
      this.target = target;
      this.matches = matches;
      this.dates = DateCheck.of(source, target);
    }
  }

  /**
   * Which words of a two-sided link's sides the other side renders, worked out once per link: the
   * link's own checks ask, and so do its neighbours' ({@link #renderedNextDoor}).
   */
  private WordMatcher.Matches linkMatches(int index) {
    return matchesByLink.computeIfAbsent(
        index,
        k -> {
          Link link = alignment.links().get(k);
          return matcher.match(
              new Side(sourceFacts, link.source()).words(),
              new Side(targetFacts, link.target()).words());
        });
  }

  /**
   * The word gaps of a two-sided link and its share of the coverage: every word of its sentences,
   * furniture included, against every word of the other side.
   */
  private void words(int index, Checked whole) {
    Side source = whole.source;
    WordMatcher.Matches m = whole.matches;
    List<Span> sourceGaps = unrendered(source.words(), m.source(), whole.dates.agreedSource());
    List<Span> targetGaps =
        unrendered(whole.target.words(), m.target(), whole.dates.agreedTarget());
    sourceWordCount += source.words().size();
    renderedWordCount += source.words().size() - sourceGaps.size();
    if (!sourceGaps.isEmpty() || !targetGaps.isEmpty()) {
      gaps.add(new WordGaps(index, sourceGaps, targetGaps));
    }
  }

  private static List<Span> unrendered(List<Word> words, boolean[] rendered, List<Span> dates) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!rendered[i] && !inside(dates, w.start())) {
        out.add(new Span(w.start(), w.end()));
      }
    }
    return out;
  }

  /**
   * The checks of what an aligned pair says. Furniture is left out of a side that has article text
   * too; furniture paired with furniture of the same kind is checked (a dateline's date should
   * agree), furniture paired with text or other furniture is not (comparing them says nothing).
   */
  private void content(int index, LengthModel lengths, Checked whole) {
    Link link = alignment.links().get(index);
    List<Integer> s = text(link.source(), sourceFurniture);
    List<Integer> t = text(link.target(), targetFurniture);
    if (s.isEmpty() != t.isEmpty() || (s.isEmpty() && !sameFurniture(link))) {
      return;
    }
    Side source = new Side(sourceFacts, s.isEmpty() ? link.source() : s);
    Side target = new Side(targetFacts, t.isEmpty() ? link.target() : t);
    // most links have no furniture beside their text: the whole link is what is checked
    Checked c =
        source.sameSentences(whole.source) && target.sameSentences(whole.target)
            ? whole
            : new Checked(source, target);
    DateCheck dates = c.dates;
    List<Finding> found = new ArrayList<>(dates.findings());
    found.addAll(NumberCheck.check(source, target, dates));
    found.addAll(names.check(source, target, c.matches, dates));
    found.addAll(negation.check(source, target));
    found.addAll(QuoteCheck.check(source, target));
    found.addAll(lengths.check(source, target));
    for (Finding f : found) {
      if (!renderedNextDoor(index, f)) {
        add(f, contentFeatures(f, link.score(), c));
      }
    }
  }

  /**
   * Whether a name the link lacks on one side is rendered by the other side of a neighbouring link:
   * the two translations break their sentences at different places, and the name went with the next
   * or the previous sentence. It is neither missing nor added.
   */
  private boolean renderedNextDoor(int index, Finding f) {
    boolean missing = f.kind() == FindingKind.NAME_MISSING;
    if (!missing && f.kind() != FindingKind.NAME_ADDED) {
      return false;
    }
    Link link = alignment.links().get(index);
    DocumentFacts ownFacts = missing ? sourceFacts : targetFacts;
    List<Span> spans = missing ? f.sourceSpans() : f.targetSpans();
    List<Word> name = new ArrayList<>();
    for (int k : missing ? link.source() : link.target()) {
      ownFacts.words(k).stream().filter(w -> inside(spans, w.start())).forEach(name::add);
    }
    List<Link> links = alignment.links();
    for (int n = Math.max(0, index - 1); n <= Math.min(links.size() - 1, index + 1); n++) {
      List<Integer> other = missing ? links.get(n).target() : links.get(n).source();
      if (n == index || other.isEmpty() || name.isEmpty()) {
        continue;
      }
      List<Word> near = unrenderedWords(n, !missing);
      WordMatcher.Matches m = missing ? matcher.match(name, near) : matcher.match(near, name);
      if (share(missing ? m.source() : m.target(), false) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of one side of a link that the other side does not render: where a name that went
   * with a neighbouring sentence would be. A word its own link renders is accounted for, though it
   * may share the consonants of the name (العمر "age" rendered by "28-year-old", and Moreau).
   */
  private List<Word> unrenderedWords(int index, boolean sourceSide) {
    Link link = alignment.links().get(index);
    List<Word> words =
        sourceSide
            ? new Side(sourceFacts, link.source()).words()
            : new Side(targetFacts, link.target()).words();
    if (link.oneSided()) {
      return words;
    }
    WordMatcher.Matches m = linkMatches(index);
    boolean[] rendered = sourceSide ? m.source() : m.target();
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!rendered[i]) {
        out.add(words.get(i));
      }
    }
    return out;
  }

  /**
   * The features of a finding about what a pair says: the link's score and how much of each side
   * nothing renders. A finding about one side's word (missing, added) has that side as its own; one
   * about both (changed, negation) sees the larger share as the other side's. A name also brings
   * whether the other side keeps an unrendered word that spells a name (what a replaced name leaves
   * behind), whether its own words are in the person-name list, and how much they look like a name
   * by their letters ({@link org.qarin.lexicon.Lexicon#nameShape}). The benchmark the weights are
   * fitted on plants replaced names only; a name added outright, in a link that renders everything
   * else, is weighed as weaker evidence (docs/evaluation.md).
   */
  private Calibration.Features contentFeatures(Finding f, double score, Checked c) {
    boolean sourceOnly = !f.sourceSpans().isEmpty() && f.targetSpans().isEmpty();
    boolean targetOnly = f.sourceSpans().isEmpty() && !f.targetSpans().isEmpty();
    if (!sourceOnly && !targetOnly) {
      double gaps = Math.max(share(c.matches.source(), false), share(c.matches.target(), false));
      return new Calibration.Features(score, gaps, 0, 0, 0, 0, 0, 0);
    }
    Side own = sourceOnly ? c.source : c.target;
    Side other = sourceOnly ? c.target : c.source;
    boolean[] ownRendered = sourceOnly ? c.matches.source() : c.matches.target();
    boolean[] otherRendered = sourceOnly ? c.matches.target() : c.matches.source();
    List<Span> spans = sourceOnly ? f.sourceSpans() : f.targetSpans();
    boolean name = f.kind() == FindingKind.NAME_ADDED || f.kind() == FindingKind.NAME_MISSING;
    boolean listed = false;
    // an Arabic name has no letter case to read its shape from: neutral
    double shape = name && sourceOnly ? 0.5 : 0;
    int others = 0;
    int othersUnrendered = 0;
    for (int k = 0; k < own.words().size(); k++) {
      Word w = own.words().get(k);
      if (inside(spans, w.start())) {
        listed |= name && matcher.personName(w);
        shape =
            name && !w.arabic()
                ? Math.max(shape, matcher.lexicon().nameShape(EnglishTerms.lower(w.text())))
                : shape;
      } else {
        // the finding's own words are unrendered by definition: the rest of the side says how loose
        // it is
        others++;
        othersUnrendered += ownRendered[k] ? 0 : 1;
      }
    }
    double ownGaps = others == 0 ? 0 : (double) othersUnrendered / others;
    double opposite = name && matcher.nameSpelledUnrendered(other.words(), otherRendered) ? 1 : 0;
    return new Calibration.Features(
        score, share(otherRendered, false), ownGaps, 0, opposite, listed ? 1 : 0, 0, shape);
  }

  /** The length model fitted to the two-sided links whose sides are both article text. */
  private LengthModel lengthModel() {
    List<int[]> lengths = new ArrayList<>();
    for (Link link : alignment.links()) {
      List<Integer> s = text(link.source(), sourceFurniture);
      List<Integer> t = text(link.target(), targetFurniture);
      if (!link.oneSided() && !s.isEmpty() && !t.isEmpty()) {
        lengths.add(
            new int[] {new Side(sourceFacts, s).letters(), new Side(targetFacts, t).letters()});
      }
    }
    return LengthModel.fit(lengths);
  }

  private Summary summary() {
    Map<FindingKind, Integer> counts = Summary.counts(findings);
    int covered = 0;
    double scores = 0;
    int twoSided = 0;
    for (Link l : alignment.links()) {
      if (!l.oneSided()) {
        covered += l.source().size();
        scores += l.score();
        twoSided++;
      }
    }
    int n = alignment.source().size();
    return new Summary(
        n,
        alignment.target().size(),
        sourceWordCount == 0 ? 0 : (double) renderedWordCount / sourceWordCount,
        n == 0 ? 0 : (double) covered / n,
        twoSided == 0 ? 0 : scores / twoSided,
        counts,
        rendering);
  }

  /** Whether all the furniture of a link is of one kind (a dateline rendered as a dateline). */
  private boolean sameFurniture(Link link) {
    Set<Furniture> kinds = EnumSet.noneOf(Furniture.class);
    link.source().forEach(i -> kinds.add(sourceFurniture[i]));
    link.target().forEach(i -> kinds.add(targetFurniture[i]));
    return kinds.size() == 1;
  }

  private static List<Integer> text(List<Integer> sentences, Furniture[] furniture) {
    return sentences.stream().filter(i -> furniture[i] == null).toList();
  }

  private static boolean inside(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (offset >= s.start() && offset < s.end()) {
        return true;
      }
    }
    return false;
  }
}
