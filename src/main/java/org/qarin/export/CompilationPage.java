package org.qarin.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qarin.model.Document;
import org.qarin.model.Rendering;
import org.qarin.model.Version;

/**
 * One page for a translation that renders several sources, a section each (a compilation): its
 * sentences from first to last in runs (a run per stretch that renders a source, and per section of
 * other content), and for each run the sources that render it and its heading, with the passage
 * each renders and a link to that pair's report. Everything from the documents is escaped; the page
 * has no script.
 */
public final class CompilationPage {
  /** A source audited against the compilation: its name, its report's address, what it renders. */
  public record Source(String name, Optional<String> report, Rendering rendering) {}

  private CompilationPage() {}

  /** Writes the page of {@code target} and the sources that render parts of it. */
  public static void write(Writer out, Document target, List<Source> sources) throws IOException {
    ReportAssets.head(out, "qarin compilation: " + target.name());
    out.write("<body>\n");
    out.write(
        "<header class=\"summary\">\n<h1>Compilation: <bdi>"
            + Html.escape(target.name())
            + "</bdi></h1>\n");
    long rendering = sources.stream().filter(s -> !s.rendering().target().isEmpty()).count();
    out.write(
        "<p class=\"rendering\">"
            + target.size()
            + " sentences; "
            + rendering
            + (rendering == 1 ? " source renders a part of it" : " sources render parts of it")
            + " (qarin "
            + Html.escape(Version.get())
            + ").</p>\n</header>\n<main>\n");
    out.write(
        "<table id=\"compilation\" class=\"alignment\">\n<caption>The translation from first to last"
            + " sentence, and the source each part renders</caption>\n<thead><tr><th scope=\"col\">Sentences</th>"
            + "<th scope=\"col\">Section</th><th scope=\"col\">Renders</th><th scope=\"col\">Text</th></tr></thead>\n<tbody>\n");
    for (Run run : runs(target, sources)) {
      out.write(row(target, run));
    }
    out.write("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
  }

  /** Consecutive target sentences rendered by the same sources (none for other content). */
  private record Run(int from, int to, List<Source> sources) {}

  private static List<Run> runs(Document target, List<Source> sources) {
    List<Run> out = new ArrayList<>();
    for (int j = 0; j < target.size(); j++) {
      final int k = j;
      List<Source> here = sources.stream().filter(s -> s.rendering().inTarget(k)).toList();
      Run last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean opens =
          sources.stream()
              .anyMatch(src -> src.rendering().target().stream().anyMatch(t -> t.from() == k));
      boolean otherSection = here.isEmpty() && target.heading(j);
      if (last != null && last.sources().equals(here) && !opens && !otherSection) {
        out.set(out.size() - 1, new Run(last.from(), j, here));
      } else {
        out.add(new Run(j, j, here));
      }
    }
    return out;
  }

  private static String row(Document target, Run run) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("<tr class=\"")
        .append(run.sources().isEmpty() ? "k-outside" : "k-aligned")
        .append("\">");
    sb.append("<th scope=\"row\" class=\"link\">")
        .append(RenderingText.range(run.from(), run.to()))
        .append("</th>");
    String heading = target.heading(run.from()) ? target.sentence(run.from()).text().strip() : "";
    sb.append("<td dir=\"auto\">").append(Html.escape(heading)).append("</td><td>");
    if (run.sources().isEmpty()) {
      sb.append("<span class=\"placeholder\">\u2014 no source in this collection \u2014</span>");
    }
    for (Source s : run.sources()) {
      String name = "<bdi>" + Html.escape(s.name()) + "</bdi>";
      sb.append("<div>")
          .append(
              s.report()
                  .map(r -> "<a href=\"" + Html.escape(r) + "\">" + name + "</a>")
                  .orElse(name));
      sb.append(", source sentences ")
          .append(
              String.join(", ", s.rendering().source().stream().map(RenderingText::range).toList()))
          .append("</div>");
    }
    sb.append("</td><td class=\"tgt\" dir=\"")
        .append(target.language().rightToLeft() ? "rtl" : "ltr")
        .append("\" lang=\"")
        .append(Html.escape(target.language().code()))
        .append("\"><details><summary dir=\"ltr\" lang=\"en\">")
        .append(ReportTable.showSentences(run.to() - run.from() + 1))
        .append("</summary>");
    for (int j = run.from(); j <= run.to(); j++) {
      sb.append("<div class=\"s\"><span class=\"ix\">")
          .append(j)
          .append("</span> <bdi class=\"t\">")
          .append(Html.escape(target.sentence(j).text()))
          .append("</bdi></div>");
    }
    return sb.append("</details></td></tr>\n").toString();
  }
}
