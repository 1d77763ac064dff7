package org.qarin.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qarin.model.Alignment;
import org.qarin.model.Finding;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;

/**
 * Which report rows (links) each finding concerns: every link holding one of its source or target
 * sentences, so a finding across several links shows in each of them.
 */
final class FindingRows {
  private final List<int[]> rowsOfFinding = new ArrayList<>();
  private final List<List<Integer>> findingsOfRow = new ArrayList<>();
  private final List<Integer> unplaced = new ArrayList<>();
  private final Set<Integer> collapsed = new HashSet<>();
  private final List<Integer> groups = new ArrayList<>();

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
    collapse(alignment, findings);
  }

  /**
   * In a partial rendering, the one-sided links whose sentences all lie outside what the
   * translation renders are shown as one row per run ({@code other-content}, {@code not-included}
   * findings), not a row each.
   */
  private void collapse(Alignment alignment, List<Finding> findings) {
    Set<Integer> sources = new HashSet<>();
    Set<Integer> targets = new HashSet<>();
    for (int f = 0; f < findings.size(); f++) {
      FindingKind kind = findings.get(f).kind();
      if (kind == FindingKind.OTHER_CONTENT || kind == FindingKind.NOT_INCLUDED) {
        groups.add(f);
        sources.addAll(findings.get(f).source());
        targets.addAll(findings.get(f).target());
      }
    }
    List<Link> links = alignment.links();
    for (int r = 0; r < links.size(); r++) {
      Link l = links.get(r);
      if (l.oneSided() && sources.containsAll(l.source()) && targets.containsAll(l.target())) {
        collapsed.add(r);
      }
    }
  }

  /** Whether link {@code row} is shown within a collapsed row rather than in its own. */
  boolean collapsed(int row) {
    return collapsed.contains(row);
  }

  /** The findings that stand for collapsed rows, each shown as one row, in report order. */
  List<Integer> groups() {
    return groups;
  }

  /** How many rows the table has: the links not collapsed, and one per collapsed run. */
  int rowCount() {
    return findingsOfRow.size() - collapsed.size() + groups.size();
  }

  /** How many rows of the table show findings. */
  int rowsWithFindings() {
    int n = groups.size();
    for (int r = 0; r < findingsOfRow.size(); r++) {
      n += collapsed.contains(r) || findingsOfRow.get(r).isEmpty() ? 0 : 1;
    }
    return n;
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
