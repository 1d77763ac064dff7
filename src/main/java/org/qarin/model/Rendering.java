package org.qarin.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a translation renders of its source: its shape, the source passages it renders and the
 * target stretches that render them, each stretch with the section heading that opens it, if any. A
 * whole translation has one passage and one stretch, the whole documents; a translation that
 * renders nothing has neither.
 */
public record Rendering(Shape shape, List<Stretch> source, List<Stretch> target) {
  public Rendering {
    Objects.requireNonNull(shape, "shape");
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /** How a translation renders its source. */
  public enum Shape {
    /** The whole source, whatever it dropped, added or moved on the way. */
    WHOLE,
    /** A passage of the source, in one stretch of the translation: a compilation's section. */
    PARTIAL,
    /**
     * The source summed up: a few translation sentences that each cover a wide source passage.
     * Reserved: not detected yet.
     */
    SUMMARY,
    /** Nothing of the source. */
    NONE;

    /** The lower-case name used in every output format. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the audit is told of the shape: decide it ({@code AUTO}), or take it as given. */
  public enum Choice {
    AUTO,
    WHOLE,
    PARTIAL;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Sentences {@code from} to {@code to}, both included, of one document; {@code heading} is the
   * text of the section heading among them, when the stretch opens with one.
   */
  public record Stretch(int from, int to, Optional<String> heading) {
    public Stretch {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad stretch " + from + "–" + to);
      }
      Objects.requireNonNull(heading, "heading");
    }

    public Stretch(int from, int to) {
      this(from, to, Optional.empty());
    }

    public boolean contains(int sentence) {
      return sentence >= from && sentence <= to;
    }

    public int size() {
      return to - from + 1;
    }
  }

  /** A whole translation of {@code sourceSentences} by {@code targetSentences}. */
  public static Rendering whole(int sourceSentences, int targetSentences) {
    return new Rendering(
        Shape.WHOLE,
        sourceSentences == 0 ? List.of() : List.of(new Stretch(0, sourceSentences - 1)),
        targetSentences == 0 ? List.of() : List.of(new Stretch(0, targetSentences - 1)));
  }

  /** Whether a source sentence lies in a passage the translation renders. */
  public boolean rendersSource(int sentence) {
    return source.stream().anyMatch(s -> s.contains(sentence));
  }

  /** Whether a target sentence lies in a stretch that renders the source. */
  public boolean inTarget(int sentence) {
    return target.stream().anyMatch(s -> s.contains(sentence));
  }
}
