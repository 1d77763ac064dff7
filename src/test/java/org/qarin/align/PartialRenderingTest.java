package org.qarin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.lexicon.Lexicon;
import org.qarin.model.Document;
import org.qarin.model.Language;
import org.qarin.model.Link;
import org.qarin.model.LinkKind;
import org.qarin.model.Sentence;
import org.qarin.model.Span;
import org.qarin.segment.Documents;

class PartialRenderingTest {
  /**
   * A compilation: an introduction (0), then three sections under headings: "Floods" (1, body 2–5),
   * "School" (6, body 7–10), "Talks" (11, body 12–15).
   */
  private static Document compilation() {
    List<List<String>> paragraphs =
        List.of(
            List.of("Several statements were issued this week."),
            List.of("Floods in the north"),
            List.of(
                "Rain flooded villages.",
                "Teams evacuated families.",
                "Roads are closed.",
                "More rain is due."),
            List.of("A school for the city"),
            List.of(
                "The minister announced a school.",
                "It will take 500 pupils.",
                "A grant pays for it.",
                "Work starts in spring."),
            List.of("Talks in Geneva"),
            List.of(
                "Delegations met.",
                "No agreement was reached.",
                "The talks resume next month.",
                "Both sides blamed each other."));
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      text.append(p == 0 ? "" : "\n\n");
      for (String s : paragraphs.get(p)) {
        text.append(text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? "" : " ");
        int start = text.length();
        text.append(s);
        sentences.add(new Sentence(sentences.size(), p, new Span(start, text.length()), s));
      }
    }
    return new Document("en.txt", Language.EN, text.toString(), sentences);
  }

  /** The aligner's evidence between six Arabic sentences and the compilation. */
  private static Evidence evidence() {
    Document source =
        Documents.presegmented(
            org.qarin.read.DocumentReader.of(
                "ar.txt",
                "أعلن الوزير عن مدرسة جديدة.\nستستقبل المدرسة 500 طالب.\nتدفع منحة تكاليفها.\nيبدأ العمل في الربيع.\n"
                    + "التقى الوفدان في جنيف.\nلم يتم التوصل إلى اتفاق.",
                org.qarin.read.Format.TEXT),
            java.util.Optional.of(Language.AR));
    SideFeatures src = SideFeatures.of(source);
    SideFeatures tgt = SideFeatures.of(compilation());
    BeadSearch search =
        new BeadSearch(
            Lexicon.bundled(),
            CostModel.defaults()
                .withDeletionPercentile(AlignOptions.defaults().deletionPercentile()));
    BeadSearch.Result first = search.run(src, tgt, 9, -1);
    return new Evidence(src, tgt, first.scores(), first.ratio(), search);
  }

  private static Link pair(int source, int target, double score) {
    return Link.aligned(List.of(source), List.of(target), score);
  }

  /**
   * The links, completed with dropped sources (of 6) and added targets, in the contract's order.
   */
  private static List<Link> complete(Link... pairs) {
    List<Link> links = new ArrayList<>(List.of(pairs));
    for (int i = 0; i < 6; i++) {
      final int k = i;
      if (links.stream().noneMatch(l -> l.source().contains(k))) {
        links.add(new Link(List.of(i), List.of(), LinkKind.DROPPED, 1));
      }
    }
    return LinkOrder.arrange(links, compilation().size());
  }

  private static List<String> twoSided(List<Link> links) {
    return links.stream().filter(l -> !l.oneSided()).map(Link::format).toList();
  }

  @Test
  void aWeakLinkInAnotherSectionIsTakenApart() {
    List<Link> links =
        complete(
            pair(0, 7, 0.8), pair(1, 8, 0.7), pair(2, 9, 0.75), pair(3, 10, 0.7), pair(4, 13, 0.3));
    List<Link> pruned = PartialRendering.pruneStrays(links, evidence(), compilation());
    assertThat(twoSided(pruned)).containsExactly("[0]:[7]", "[1]:[8]", "[2]:[9]", "[3]:[10]");
    assertThat(pruned).contains(new Link(List.of(4), List.of(), LinkKind.DROPPED, 1.0));
    AlignmentInvariantsCheck.everySentenceOnce(pruned, 6, compilation().size());
  }

  @Test
  void aStrongLinkAloneInAnotherSectionStays() {
    List<Link> links =
        complete(
            pair(0, 7, 0.8), pair(1, 8, 0.7), pair(2, 9, 0.75), pair(3, 10, 0.7), pair(4, 13, 0.7));
    assertThat(twoSided(PartialRendering.pruneStrays(links, evidence(), compilation())))
        .contains("[4]:[13]");
  }

  @Test
  void theNextSectionsHeadingLeavesTheLinkThatEndsWithIt() {
    List<Link> links =
        complete(
            pair(0, 7, 0.8),
            pair(1, 8, 0.7),
            pair(2, 9, 0.75),
            Link.aligned(List.of(3), List.of(10, 11), 0.6));
    List<Link> pruned = PartialRendering.pruneStrays(links, evidence(), compilation());
    assertThat(twoSided(pruned)).contains("[3]:[10]");
    assertThat(pruned).anyMatch(l -> l.kind() == LinkKind.ADDED && l.target().equals(List.of(11)));
  }

  @Test
  void aHeadingInsideALinkCutsItThereWithWhatFollows() {
    // 11 heads the next section ("Talks in Geneva"), 12 is its first sentence
    List<Link> links =
        complete(
            pair(0, 7, 0.8),
            pair(1, 8, 0.7),
            pair(2, 9, 0.75),
            Link.aligned(List.of(3), List.of(10, 11, 12), 0.6));
    List<Link> pruned = PartialRendering.pruneStrays(links, evidence(), compilation());
    assertThat(twoSided(pruned)).contains("[3]:[10]");
    assertThat(pruned).anyMatch(l -> l.kind() == LinkKind.ADDED && l.target().equals(List.of(11)));
    assertThat(pruned).anyMatch(l -> l.kind() == LinkKind.ADDED && l.target().equals(List.of(12)));
    AlignmentInvariantsCheck.everySentenceOnce(pruned, 6, compilation().size());
  }

  @Test
  void aLinkThatOpensWithItsHeadingKeepsIt() {
    List<Link> links =
        complete(pair(0, 7, 0.8), pair(1, 8, 0.7), Link.aligned(List.of(2), List.of(6, 7), 0.6));
    assertThat(twoSided(PartialRendering.pruneStrays(links, evidence(), compilation())))
        .contains("[2]:[6, 7]");
  }

  @Test
  void aSentenceJoinsNoLinkAcrossASectionHeading() {
    boolean[] heading = new boolean[compilation().size()];
    for (int j : new int[] {1, 6, 11}) {
      heading[j] = true;
    }
    assertThat(PartialRendering.headingBetween(5, List.of(7, 8), heading)).isTrue();
    assertThat(PartialRendering.headingBetween(10, List.of(7, 8), heading)).isFalse();
    assertThat(PartialRendering.headingBetween(0, List.of(2, 14), heading)).isTrue();
  }

  @Test
  void wideWeakLinksOverAQuarterOfTheTargetMeanTheSearchBridgedAPartialRendering() {
    // the school sentences render the school section; the talks sentences were spread over the rest
    List<Link> bridged =
        complete(
            pair(0, 7, 0.8),
            pair(1, 8, 0.7),
            pair(2, 9, 0.75),
            pair(3, 10, 0.7),
            Link.aligned(List.of(4), List.of(0, 1, 2, 3, 4, 5), 0.1));
    List<Link> translation =
        complete(pair(0, 7, 0.8), pair(1, 8, 0.7), pair(2, 9, 0.75), pair(3, 10, 0.7));
    double median = 0.6;
    assertThat(Relatedness.bridged(bridged, evidence(), median)).isTrue();
    assertThat(Relatedness.bridged(translation, evidence(), median)).isFalse();
  }

  @Test
  void aWideLinkAsSimilarAsTheOthersIsNoBridge() {
    // a free translation renders one sentence by four: the link is wide, not weak
    List<Link> wide =
        complete(
            pair(0, 7, 0.8),
            Link.aligned(List.of(1), List.of(8, 9, 10), 0.7),
            Link.aligned(List.of(4, 5), List.of(12, 13, 14, 15), 0.6));
    assertThat(Relatedness.bridged(wide, evidence(), 0.05)).isFalse();
  }

  @Test
  void aWholeTranslationWithSectionsKeepsItsWeakLinks() {
    // every section is linked: the target holds no other content, and nothing is a stray
    List<Link> links = new ArrayList<>();
    for (int j = 0; j < compilation().size(); j++) {
      links.add(pair(j, j, j == 13 ? 0.2 : 0.7));
    }
    List<Link> arranged = LinkOrder.arrange(links, compilation().size());
    assertThat(PartialRendering.pruneStrays(arranged, evidence(), compilation()))
        .isEqualTo(arranged);
  }

  /** Every source and target sentence in exactly one link. */
  private static final class AlignmentInvariantsCheck {
    static void everySentenceOnce(List<Link> links, int sources, int targets) {
      assertThat(links.stream().flatMap(l -> l.source().stream()).sorted().toList())
          .isEqualTo(java.util.stream.IntStream.range(0, sources).boxed().toList());
      assertThat(links.stream().flatMap(l -> l.target().stream()).sorted().toList())
          .isEqualTo(java.util.stream.IntStream.range(0, targets).boxed().toList());
    }
  }
}
