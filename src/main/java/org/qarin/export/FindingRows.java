package org.qarin.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.Link;

/**
 * Which report rows (links) each finding concerns: every link holding one of its source or target
 * sentences, so a finding across several links shows in each of them.
 */
final class FindingRows {
  private final List<int[]> rowsOfFinding = new ArrayList<>();
  private final List<List<Integer>> findingsOfRow = new ArrayList<>();
  private final List<Integer> unplaced = new ArrayList<>();

  FindingRows(Alignment alignment, List<Finding> findings) {
    int[] sourceRow = rowBySentence(alignment.links(), alignment.source().size(), true);
    int[] targetRow = rowBySentence(alignment.links(), alignment.target().size(), false);
    for (int r = 0; r < alignment.links().size(); r++) {
      findingsOfRow.add(new ArrayList<>());
    }
    for (int f = 0; f < findings.size(); f++) {
      int[] rows = rows(findings.get(f), sourceRow, targetRow);
      rowsOfFinding.add(rows);
      for (int row : rows) {
        findingsOfRow.get(row).add(f);
      }
      if (rows.length == 0) {
        unplaced.add(f);
      }
    }
  }

  /** The rows of finding {@code f}, ascending. */
  int[] rowsOf(int finding) {
    return rowsOfFinding.get(finding);
  }

  /** The findings shown in row {@code row}, in report order. */
  List<Integer> findingsIn(int row) {
    return findingsOfRow.get(row);
  }

  /** Findings about no sentence of any link (whole-document findings), in report order. */
  List<Integer> unplaced() {
    return unplaced;
  }

  /** For each sentence, the link holding it (-1 for none); the contract puts each in one link. */
  private static int[] rowBySentence(List<Link> links, int sentences, boolean source) {
    int[] rows = new int[sentences];
    Arrays.fill(rows, -1);
    for (int r = 0; r < links.size(); r++) {
      for (int s : source ? links.get(r).source() : links.get(r).target()) {
        if (s >= 0 && s < sentences && rows[s] < 0) {
          rows[s] = r;
        }
      }
    }
    return rows;
  }

  private static int[] rows(Finding f, int[] sourceRow, int[] targetRow) {
    TreeSet<Integer> rows = new TreeSet<>();
    addRows(rows, f.source(), sourceRow);
    addRows(rows, f.target(), targetRow);
    return rows.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void addRows(TreeSet<Integer> rows, List<Integer> sentences, int[] rowOf) {
    for (int s : sentences) {
      if (s >= 0 && s < rowOf.length && rowOf[s] >= 0) {
        rows.add(rowOf[s]);
      }
    }
  }
}
