package org.qarin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qarin.align.LinkFile.Bead;

class LinkFileTest {
  @Test
  void readsAnySpacingAndEmptySides() {
    assertThat(LinkFile.parse(" [0] : [0, 1]\n[1,2]:[]\n[]:[3]\nnot a link\n"))
        .containsExactly(
            new Bead(List.of(0), List.of(0, 1)),
            new Bead(List.of(1, 2), List.of()),
            new Bead(List.of(), List.of(3)));
  }

  @Test
  void writesTheContractFormat() {
    assertThat(LinkFile.format(LinkFile.toLinks(LinkFile.parse("[0]:[0,1]\n[1]:[]\n[]:[2]"))))
        .isEqualTo("[0]:[0, 1]\n[1]:[]\n[]:[2]\n");
  }
}
