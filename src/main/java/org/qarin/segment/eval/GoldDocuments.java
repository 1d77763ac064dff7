package org.qarin.segment.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Segmentation gold: folders of {@code NAME.txt} (running text) with {@code NAME.gold} (a sentence
 * per line), or CoNLL-U files, rebuilt into running text: a document per {@code # newdoc}, a
 * paragraph per {@code # newpar} (sentences joined by a space), paragraphs separated by a blank
 * line.
 */
public final class GoldDocuments {
  /** One gold document: its running text and its sentences. */
  public record Gold(String name, String text, List<String> sentences) {}

  private GoldDocuments() {}

  /** The gold documents of a folder or a CoNLL-U file. */
  public static List<Gold> read(Path path) throws IOException {
    return Files.isDirectory(path) ? folder(path) : conllu(path);
  }

  private static List<Gold> folder(Path dir) throws IOException {
    List<Gold> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path txt :
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".conllu"))
              .sorted()
              .toList()) {
        if (txt.toString().endsWith(".conllu")) {
          out.addAll(conllu(txt));
          continue;
        }
        Path gold = Path.of(txt.toString().replaceAll("\\.txt$", ".gold"));
        if (Files.isRegularFile(gold)) {
          List<String> sentences =
              Files.readAllLines(gold, StandardCharsets.UTF_8).stream()
                  .filter(l -> !l.isBlank())
                  .toList();
          out.add(
              new Gold(
                  txt.getFileName().toString(),
                  Files.readString(txt, StandardCharsets.UTF_8),
                  sentences));
        }
      }
    }
    return out;
  }

  private static final int GROUP = 10;

  private static List<Gold> conllu(Path file) throws IOException {
    List<Gold> out = new ArrayList<>();
    String name = file.getFileName().toString();
    List<List<String>> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("# newdoc")) {
        flush(out, name, paragraphs);
        name = file.getFileName() + ":" + line.replaceFirst("# newdoc( id =)?", "").strip();
        paragraphs = new ArrayList<>();
      } else if (line.startsWith("# newpar") && !line.startsWith("# newpar_")) {
        paragraphs.add(new ArrayList<>());
      } else if (line.startsWith("# text = ")) {
        if (paragraphs.isEmpty()) {
          paragraphs.add(new ArrayList<>());
        }
        paragraphs.get(paragraphs.size() - 1).add(line.substring("# text = ".length()).strip());
      }
    }
    flush(out, name, paragraphs);
    return out.stream().allMatch(g -> g.sentences().size() == 1) ? grouped(file, out) : out;
  }

  /**
   * Documents of one sentence each (PUD's isolated sentences) hold no boundary to score: they are
   * read as running text instead, ten consecutive sentences to a paragraph.
   */
  private static List<Gold> grouped(Path file, List<Gold> singles) {
    List<Gold> out = new ArrayList<>();
    for (int k = 0; k < singles.size(); k += GROUP) {
      List<String> sentences =
          singles.subList(k, Math.min(k + GROUP, singles.size())).stream()
              .map(g -> g.sentences().get(0))
              .toList();
      flush(out, file.getFileName() + ":" + (k / GROUP + 1), List.of(sentences));
    }
    return out;
  }

  private static void flush(List<Gold> out, String name, List<List<String>> paragraphs) {
    List<String> sentences = paragraphs.stream().flatMap(List::stream).toList();
    if (!sentences.isEmpty()) {
      String text =
          String.join(
              "\n\n",
              paragraphs.stream().filter(p -> !p.isEmpty()).map(p -> String.join(" ", p)).toList());
      out.add(new Gold(name, text + "\n", sentences));
    }
  }
}
