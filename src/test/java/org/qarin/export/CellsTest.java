package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void neutralisesFormulaStarts() {
    check("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")");
    check("@SUM(A1:A9)", "'@SUM(A1:A9)");
    check("-2+3", "'-2+3");
    check("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0");
    check("  =1+1", "'  =1+1"); // after spaces
    check("\u00A0\u200F=1", "'\u00A0\u200F=1"); // after no-break space and a right-to-left mark
    check("\uFF1D1+1", "'\uFF1D1+1"); // full-width equals sign
    check("\t1", "'\t1");
    check("\r1", "'\r1");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    check("", "");
    check("Homs – 14 November 2025", "Homs – 14 November 2025");
    check("a = b", "a = b");
    check("قال المتحدث: -2", "قال المتحدث: -2");
  }

  @Test
  void quotesCsvFieldsOnlyWhenNeeded() {
    assertThat(Cells.csv("plain text")).isEqualTo("plain text");
    assertThat(Cells.csv("a,b")).isEqualTo("\"a,b\"");
    assertThat(Cells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Cells.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Cells.csv("=1,2")).isEqualTo("\"'=1,2\"");
  }

  @Test
  void flattensTsvFields() {
    assertThat(Cells.tsv("a\tb\nc\r\nd\u2028e")).isEqualTo("a b c  d e");
    assertThat(Cells.tsv("\t=1")).isEqualTo("' =1");
  }

  @Test
  void dropsControlCharactersAndLoneSurrogates() {
    assertThat(Cells.tsv("a\u0000\u001B[31mb\u0085\u009Bc\u007F")).isEqualTo("a[31mbc");
    assertThat(Cells.csv("x\uD800y \uD83D\uDE00")).isEqualTo("x\uFFFDy \uD83D\uDE00");
  }

  private static void check(String cell, String expected) {
    assertThat(Cells.neutralise(cell)).isEqualTo(expected);
  }
}
