package org.qarin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qarin.model.Alignment;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Sentence;
import org.qarin.model.Span;

/**
 * What every aligner owes its users (as mALIGNa's HmmAlignAlgorithmTest): each sentence in exactly
 * one link, links in order apart from moved ones, one-sided links for an empty side, scores in [0,
 * 1], and the same answer every time.
 */
abstract class AlignerContractTest {
  abstract Aligner aligner();

  static final String[] ARABIC = {
    "أعلن المجلس عن خطة جديدة لإصلاح شبكة المياه.",
    "وقال رئيس المجلس إن الخطة تشمل 40 كيلومترًا من الأنابيب.",
    "وتبلغ كلفة المرحلة الأولى 1.2 مليون دولار.",
    "ودعا السكان إلى الإبلاغ عن التسرب.",
    "حلب",
    "روسيا شريك محتمل.",
    "لم يتلق المجلس أي تمويل حكومي.",
    "الماء حق لكل بيت."
  };
  static final String[] ENGLISH = {
    "The council announced a new plan to repair the water network.",
    "The council head said the plan includes 40 kilometres of pipes.",
    "The first phase costs $1.2 million.",
    "Residents were asked to report leaks.",
    "Aleppo",
    "Russia is a potential partner.",
    "The council has received no government funding.",
    "Water is a right for every home.",
    "This article was edited."
  };

  static Document doc(String name, Language lang, List<String> sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String s : sentences) {
      int start = text.length();
      text.append(s);
      out.add(new Sentence(out.size(), out.size(), new Span(start, text.length()), s));
      text.append("\n\n");
    }
    return new Document(name, lang, text.toString(), out);
  }

  @Test
  void everySentenceIsInExactlyOneLink() {
    Random random = new Random(7);
    for (int round = 0; round < 30; round++) {
      Document s = doc("s", Language.AR, pick(ARABIC, random));
      Document t = doc("t", Language.EN, pick(ENGLISH, random));
      check(aligner().align(s, t));
    }
  }

  @Test
  void anEmptySideGivesOnlyOneSidedLinks() {
    Document s = doc("s", Language.AR, List.of(ARABIC));
    Document none = doc("t", Language.EN, List.of());
    Alignment a = aligner().align(s, none);
    check(a);
    assertThat(a.links()).allMatch(l -> l.kind() == LinkKind.DROPPED && l.source().size() == 1);
    Alignment b =
        aligner().align(doc("s", Language.AR, List.of()), doc("t", Language.EN, List.of(ENGLISH)));
    check(b);
    assertThat(b.links()).allMatch(l -> l.kind() == LinkKind.ADDED && l.target().size() == 1);
  }

  @Test
  void translationsAlignOneToOne() {
    Alignment a =
        aligner()
            .align(
                doc("s", Language.AR, List.of(ARABIC)),
                doc("t", Language.EN, List.of(ENGLISH).subList(0, 8)));
    assertThat(a.links())
        .extracting(Link::format)
        .containsExactly(
            "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[5]", "[6]:[6]", "[7]:[7]");
  }

  @Test
  void theSameInputGivesTheSameLinks() {
    Document s = doc("s", Language.AR, List.of(ARABIC));
    Document t = doc("t", Language.EN, List.of(ENGLISH));
    assertThat(aligner().align(s, t).links()).isEqualTo(aligner().align(s, t).links());
  }

  static List<String> pick(String[] pool, Random random) {
    List<String> out = new ArrayList<>();
    int n = random.nextInt(pool.length + 1);
    for (int k = 0; k < n; k++) {
      out.add(pool[random.nextInt(pool.length)]);
    }
    return out;
  }

  /** Each sentence once, the contract's order, kinds that match the sides, scores in range. */
  static void check(Alignment a) {
    int[] seenSource = new int[a.source().size()];
    int[] seenTarget = new int[a.target().size()];
    int lastSource = -1;
    for (Link l : a.links()) {
      l.source().forEach(i -> seenSource[i]++);
      l.target().forEach(j -> seenTarget[j]++);
      assertThat(l.score()).isBetween(0.0, 1.0);
      assertThat(l.kind() == LinkKind.DROPPED).isEqualTo(l.target().isEmpty());
      assertThat(l.kind() == LinkKind.ADDED).isEqualTo(l.source().isEmpty());
      if (!l.source().isEmpty()) {
        assertThat(l.source().get(0)).as("links by first source index").isGreaterThan(lastSource);
        lastSource = l.source().get(l.source().size() - 1);
      }
    }
    assertThat(java.util.Arrays.stream(seenSource).allMatch(x -> x == 1))
        .as("each source sentence once")
        .isTrue();
    assertThat(java.util.Arrays.stream(seenTarget).allMatch(x -> x == 1))
        .as("each target sentence once")
        .isTrue();
    int lastTarget = -1;
    for (Link l : a.links()) {
      if (l.kind() == LinkKind.ALIGNED) {
        assertThat(l.target().get(0)).as("aligned links in target order").isGreaterThan(lastTarget);
        lastTarget = l.target().get(l.target().size() - 1);
      }
    }
  }
}
