package org.qarin.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qarin.export.AtomicFiles;
import org.qarin.lexicon.build.Split;

/**
 * Builds the edited-translation benchmark from the documents of one {@link Split} (TICO-19, PUD
 * and, for dev and test, FLORES): each case is a stretch of one document, or of consecutive short
 * ones, Arabic as the source, and its professional English translation edited as news editors do.
 * Two or three sentences are dropped, sentences of other documents and an editor's disclaimer are
 * added, two translation sentences are merged, one source sentence is rendered as two, and one
 * sentence is moved far from its place. Content changes are planted where the sentence allows them:
 * a number changed, a name replaced by another name, a negation added or removed, a date changed.
 * The gold alignment is known by construction. Random choices come from a seed, so the benchmark is
 * the same on every machine.
 *
 * <p>Each case folder holds {@code source} and {@code target} (one sentence per line), {@code gold}
 * (links in the contract's format) and {@code edits.tsv} (kind, source indices, target indices,
 * detail).
 */
public final class EditedTranslations {
  private static final int CHUNK = 40;
  private static final int MIN_CHUNK = 12;
  private static final int SHORT_JOINED = 24;
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,4}(?![\\d.,]?\\d)");
  static final String[] DISCLAIMERS = {
    "This article was translated and edited by The Qarin Observer.",
    "The Qarin Observer has not verified the content of this story.",
    "Responsibility for the information and views set out in this article lies entirely with the author.",
    "This report was compiled from local sources and translated from Arabic."
  };

  private EditedTranslations() {}

  /** A sentence pair of TICO-19. */
  record Pair(String doc, String ar, String en) {}

  /** Which half of each case, if any, is cut away after the edits. */
  public enum Cut {
    /** The whole case. */
    NONE,
    /** The translation stops halfway: the sources of its second half are dropped. */
    TARGET,
    /** The original stops halfway: the translation's second half renders nothing in it. */
    SOURCE
  }

  /** Writes the cases of a split into {@code out} and returns how many it wrote. */
  public static int build(Path data, Split split, Path out, long seed) throws IOException {
    return build(data, split, out, seed, Cut.NONE);
  }

  /** Writes the cases of a split, cut as {@code cut} says, into {@code out}; returns how many. */
  public static int build(Path data, Split split, Path out, long seed, Cut cut) throws IOException {
    Map<String, List<Pair>> docs = documents(data, split);
    List<Pair> all = docs.values().stream().flatMap(List::stream).toList();
    Planter planter = new Planter(SameFacts.load(data));
    int cases = 0;
    for (Map.Entry<String, List<Pair>> d : docs.entrySet()) {
      List<Pair> pairs = d.getValue();
      for (int from = 0; from + MIN_CHUNK <= pairs.size(); from += CHUNK) {
        List<Pair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
        String name = d.getKey() + "-" + (from / CHUNK);
        Random random = new Random(seed * 31 + name.hashCode());
        Case c = new Case(chunk, random);
        c.edit(other(all, d.getKey(), random), planter);
        switch (cut) {
          case TARGET -> c.cutTarget();
          case SOURCE -> c.cutSource();
          case NONE -> {}
        }
        c.write(out.resolve(name));
        cases++;
      }
    }
    return cases;
  }

  /**
   * The split's documents by name: TICO-19's whole, the short PUD and FLORES ones joined in order
   * into documents of at least {@link #SHORT_JOINED} sentences, so that a case holds its edits
   * among enough untouched sentences.
   */
  private static Map<String, List<Pair>> documents(Path data, Split split) throws IOException {
    List<ParallelDocuments.Doc> all = ParallelDocuments.read(data, split);
    List<ParallelDocuments.Doc> docs =
        new ArrayList<>(all.stream().filter(d -> d.name().startsWith("tico-")).toList());
    docs.addAll(
        ParallelDocuments.grouped(
            all.stream().filter(d -> !d.name().startsWith("tico-")).toList(), SHORT_JOINED));
    Map<String, List<Pair>> out = new LinkedHashMap<>();
    for (ParallelDocuments.Doc d : docs) {
      List<Pair> pairs = new ArrayList<>();
      for (int i = 0; i < d.size(); i++) {
        pairs.add(new Pair(d.name(), d.arabic().get(i), d.english().get(i)));
      }
      out.put(d.name(), pairs);
    }
    return out;
  }

  private static List<Pair> other(List<Pair> all, String doc, Random random) {
    List<Pair> out = new ArrayList<>();
    while (out.size() < 2) {
      Pair p = all.get(random.nextInt(all.size()));
      if (!p.doc().equals(doc)) {
        out.add(p);
      }
    }
    return out;
  }

  /** One case while it is edited: units of source sentences and the target text rendering them. */
  private static final class Case {
    private final List<String> source = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<String[]> edits = new ArrayList<>();

    /** The source sentences, from other documents, whose translations the case adds. */
    private final List<String> foreignSources = new ArrayList<>();

    private final Random random;

    /** Target text with the source sentences it renders (none for an addition). */
    private static final class Unit {
      final List<Integer> source = new ArrayList<>();
      String text;
      boolean moved;
      String kind = "aligned";

      Unit(String text) {
        this.text = text;
      }
    }

    Case(List<Pair> pairs, Random random) {
      this.random = random;
      for (Pair p : pairs) {
        Unit u = new Unit(p.en());
        u.source.add(source.size());
        source.add(p.ar());
        units.add(u);
      }
    }

    void edit(List<Pair> foreign, Planter planter) {
      splitOneSource();
      mergeTwoTargets();
      drop(2 + random.nextInt(2));
      plant(planter::date, "date-changed");
      plant(planter::name, "name-replaced");
      plant(planter::negation, "negation-flipped");
      changeNumber();
      move();
      add(foreign);
    }

    /**
     * Plants one content change in a random plain unit that allows it: {@code change} gives the
     * changed text and what changed, or null when the sentence pair offers nothing to change.
     */
    private void plant(Planter.Change change, String kind) {
      List<Integer> plain = new ArrayList<>();
      for (int k = 0; k < units.size(); k++) {
        Unit u = units.get(k);
        if (u.kind.equals("aligned") && u.source.size() == 1) {
          plain.add(k);
        }
      }
      java.util.Collections.shuffle(plain, random);
      for (int k : plain) {
        Unit u = units.get(k);
        String[] changed = change.apply(source.get(u.source.get(0)), u.text, random);
        if (changed != null) {
          u.text = changed[0];
          u.kind = kind;
          edits.add(new String[] {kind, join(u.source), "", changed[1]});
          return;
        }
      }
    }

    /** One source sentence rendered as two: two source sentences become one, their targets stay. */
    private void splitOneSource() {
      int k = pick(1, 1);
      if (k < 0) {
        return;
      }
      int s = units.get(k).source.get(0);
      source.set(s, source.get(s) + " " + source.get(s + 1));
      source.remove(s + 1);
      for (Unit u : units) {
        u.source.replaceAll(x -> x > s ? x - 1 : x);
      }
      units.get(k + 1).source.set(0, s);
      units.get(k).kind = "split";
      units.get(k + 1).kind = "split";
      edits.add(
          new String[] {"split", Integer.toString(s), "", "one source sentence rendered as two"});
    }

    /** Two translation sentences merged into one. */
    private void mergeTwoTargets() {
      int k = pick(1, 1);
      if (k < 0) {
        return;
      }
      Unit a = units.get(k);
      Unit b = units.remove(k + 1);
      a.text = a.text + " " + b.text;
      a.source.addAll(b.source);
      a.kind = "merged";
      edits.add(new String[] {"merged", join(a.source), "", "two sentences rendered as one"});
    }

    private void drop(int count) {
      for (int n = 0; n < count; n++) {
        int k = pick(0, 0);
        if (k >= 0) {
          Unit u = units.get(k);
          u.kind = "dropped";
          u.text = null;
          edits.add(new String[] {"dropped", join(u.source), "", "not translated"});
        }
      }
    }

    private void changeNumber() {
      List<Integer> candidates = new ArrayList<>();
      for (int k = 0; k < units.size(); k++) {
        Unit u = units.get(k);
        if (u.kind.equals("aligned") && u.source.size() == 1) {
          Matcher m = NUMBER.matcher(u.text);
          // list numbering ("3) The office ...") is not a number a reviewer checks
          if (m.find()
              && source.get(u.source.get(0)).contains(m.group())
              && !u.text.matches("^\\d{1,2}[.)].*")) {
            candidates.add(k);
          }
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Unit u = units.get(candidates.get(random.nextInt(candidates.size())));
      Matcher m = NUMBER.matcher(u.text);
      m.find();
      String changed = Integer.toString(Integer.parseInt(m.group()) + 1 + random.nextInt(9));
      u.text = u.text.substring(0, m.start()) + changed + u.text.substring(m.end());
      u.kind = "number-changed";
      edits.add(new String[] {"number-changed", join(u.source), "", m.group() + " -> " + changed});
    }

    /** Moves one translation sentence at least five places away. */
    private void move() {
      int k = pick(0, 0);
      if (k < 0 || units.size() < 12) {
        return;
      }
      Unit u = units.remove(k);
      int to =
          k >= units.size() / 2
              ? random.nextInt(Math.max(1, k - 5))
              : k + 5 + random.nextInt(units.size() - k - 4);
      units.add(insertionPoint(Math.min(to, units.size())), u);
      u.moved = true;
      u.kind = "moved";
      edits.add(new String[] {"moved", join(u.source), "", "moved"});
    }

    private void add(List<Pair> foreign) {
      for (Pair p : foreign) {
        foreignSources.add(p.ar());
        Unit u = new Unit(p.en());
        u.kind = "added";
        units.add(insertionPoint(1 + random.nextInt(units.size() - 1)), u);
      }
      Unit disclaimer = new Unit(DISCLAIMERS[random.nextInt(DISCLAIMERS.length)]);
      disclaimer.kind = "added";
      units.add(disclaimer);
    }

    /**
     * Cuts the translation after half its sentences: the units past the cut that render sources
     * become dropped sources, unless an earlier unit renders them too (the first half of a split);
     * additions past the cut are gone.
     */
    void cutTarget() {
      long rendered = units.stream().filter(u -> u.text != null).count();
      Set<Integer> renderedBefore = new HashSet<>();
      List<Unit> kept = new ArrayList<>();
      int seen = 0;
      for (Unit u : units) {
        if (u.text != null && seen++ >= rendered / 2) {
          if (u.source.isEmpty() || renderedBefore.containsAll(u.source)) {
            continue;
          }
          u.text = null;
          u.kind = "dropped";
        } else if (u.text != null) {
          renderedBefore.addAll(u.source);
        }
        kept.add(u);
      }
      units.clear();
      units.addAll(kept);
      edits.add(new String[] {"cut", "", "", "the second half of the translation is missing"});
    }

    /**
     * Cuts the original after half its sentences (later, where a unit renders sources on both sides
     * of the cut): units rendering only later sources become additions, or go if dropped.
     */
    void cutSource() {
      int cut = source.size() / 2;
      while (spans(cut)) {
        cut++;
      }
      List<Unit> kept = new ArrayList<>();
      for (Unit u : units) {
        if (!u.source.isEmpty() && u.source.get(0) >= cut) {
          if (u.text == null) {
            continue;
          }
          u.source.clear();
          u.kind = "added";
        }
        kept.add(u);
      }
      units.clear();
      units.addAll(kept);
      source.subList(cut, source.size()).clear();
      edits.add(
          new String[] {
            "cut", Integer.toString(cut), "", "the second half of the original is missing"
          });
    }

    private boolean spans(int k) {
      for (Unit u : units) {
        if (!u.source.isEmpty() && u.source.get(0) < k && u.source.get(u.source.size() - 1) >= k) {
          return true;
        }
      }
      return false;
    }

    /**
     * The position, at or after {@code at}, that does not come between the two halves of a split.
     */
    private int insertionPoint(int at) {
      int k = at;
      while (k > 0
          && k < units.size()
          && units.get(k).kind.equals("split")
          && units.get(k - 1).kind.equals("split")) {
        k++;
      }
      return k;
    }

    /** A random unit index whose unit (and the {@code after} following ones) is plain 1-1. */
    private int pick(int after, int margin) {
      for (int attempt = 0; attempt < 200; attempt++) {
        int k = 1 + random.nextInt(Math.max(1, units.size() - 2 - after));
        boolean plain = true;
        for (int x = k; x <= k + after && plain; x++) {
          plain =
              x < units.size()
                  && units.get(x).kind.equals("aligned")
                  && units.get(x).source.size() == 1;
        }
        if (plain && margin >= 0) {
          return k;
        }
      }
      return -1;
    }

    void write(Path dir) throws IOException {
      AtomicFiles.createDirectories(dir);
      List<String> target = new ArrayList<>();
      Map<Integer, String> linkBySource = new java.util.TreeMap<>();
      int lastSource = -1;
      Map<Integer, List<String>> afterSource = new java.util.TreeMap<>();
      for (Unit u : units) {
        if (u.text == null) {
          u.source.forEach(i -> linkBySource.put(i, "[" + i + "]:[]"));
          continue;
        }
        int j = target.size();
        target.add(u.text);
        if (u.source.isEmpty()) {
          afterSource.computeIfAbsent(lastSource, x -> new ArrayList<>()).add("[]:[" + j + "]");
        } else {
          String prev = linkBySource.get(u.source.get(0));
          String t =
              prev != null && prev.endsWith("]") && u.kind.equals("split")
                  ? prev.substring(0, prev.length() - 1) + ", " + j + "]"
                  : "[" + join(u.source, ", ") + "]:[" + j + "]";
          linkBySource.put(u.source.get(0), t);
          if (!u.moved) {
            // the key of the unit's link, after which the additions that follow it are written
            lastSource = u.source.get(0);
          }
        }
      }
      StringBuilder gold = new StringBuilder();
      afterSource.getOrDefault(-1, List.of()).forEach(l -> gold.append(l).append('\n'));
      for (Map.Entry<Integer, String> e : linkBySource.entrySet()) {
        gold.append(e.getValue()).append('\n');
        afterSource.getOrDefault(e.getKey(), List.of()).forEach(l -> gold.append(l).append('\n'));
      }
      writeLines(dir.resolve("source"), source);
      writeLines(dir.resolve("target"), target);
      AtomicFiles.write(dir.resolve("gold"), w -> w.write(gold.toString()));
      StringBuilder e = new StringBuilder("kind\tsource\tdetail\n");
      for (String[] x : edits) {
        e.append(x[0]).append('\t').append(x[1]).append('\t').append(x[3]).append('\n');
      }
      AtomicFiles.write(dir.resolve("edits.tsv"), w -> w.write(e.toString()));
      writeLines(dir.resolve("foreign"), foreignSources);
    }

    private static void writeLines(Path file, List<String> lines) {
      AtomicFiles.write(file, w -> w.write(String.join("\n", lines) + "\n"));
    }

    private static String join(List<Integer> xs) {
      return join(xs, " ");
    }

    private static String join(List<Integer> xs, String sep) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < xs.size(); k++) {
        sb.append(k == 0 ? "" : sep).append(xs.get(k));
      }
      return sb.toString();
    }
  }
}
