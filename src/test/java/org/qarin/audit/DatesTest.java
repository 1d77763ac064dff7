package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
  /** The one date or weekday in {@code text}, as day/month/year/weekday. */
  private static String only(String text) {
    List<DateMention> found = Dates.find(text);
    assertThat(found).as(text).hasSize(1);
    DateMention d = found.get(0);
    return d.day() + "/" + d.month() + "/" + d.year() + "/" + d.weekday();
  }

  private static String written(String text) {
    DateMention d = Dates.find(text).get(0);
    return text.substring(d.start(), d.end());
  }

  @Test
  void levantineMonthNames() {
    assertThat(only("حمص – 14 تشرين الثاني 2025")).isEqualTo("14/11/2025/0");
    assertThat(only("مطلع كانون الأول المقبل")).isEqualTo("0/12/0/0"); // not كانون الثاني
    assertThat(only("في كانون الثاني")).isEqualTo("0/1/0/0");
    assertThat(only("في تشرين الاول 2023")).isEqualTo("0/10/2023/0"); // alef without hamza
    assertThat(only("تنتهي في آذار 2026")).isEqualTo("0/3/2026/0");
    assertThat(Dates.find("الجمعة 29 من تشرين الثاني")).hasSize(2); // weekday and date
  }

  @Test
  void egyptianAndGulfMonthNames() {
    assertThat(only("في 30 نوفمبر 2024")).isEqualTo("30/11/2024/0");
    assertThat(only("منذ ديسمبر")).isEqualTo("0/12/0/0");
    assertThat(only("في إبريل 2020")).isEqualTo("0/4/2020/0");
  }

  @Test
  void englishMonthNamesBothOrders() {
    assertThat(only("Homs – 14 November 2025")).isEqualTo("14/11/2025/0");
    assertThat(only("on November 14, 2025, the council")).isEqualTo("14/11/2025/0");
    assertThat(only("in early December")).isEqualTo("0/12/0/0");
    assertThat(written("and end in March 2026.")).isEqualTo("March 2026");
  }

  @Test
  void numericDatesInAnyDigits() {
    assertThat(only("يوم 2024/11/30")).isEqualTo("30/11/2024/0");
    assertThat(only("on 30/11/2024")).isEqualTo("30/11/2024/0");
    assertThat(only("on 30-11-2024")).isEqualTo("30/11/2024/0");
    assertThat(only("في ٢٠٢٤/١١/٣٠")).isEqualTo("30/11/2024/0");
    assertThat(written("في ٢٠٢٤/١١/٣٠ مساء")).isEqualTo("٢٠٢٤/١١/٣٠");
  }

  @Test
  void dayAndMonthThatCouldBeEitherWayRoundAgreeWithBoth() {
    DateMention numeric = Dates.find("on 03/04/2025").get(0);
    assertThat(numeric.ambiguousOrder()).isTrue();
    assertThat(numeric.agrees(Dates.find("3 April 2025").get(0))).isTrue();
    assertThat(numeric.agrees(Dates.find("4 March 2025").get(0))).isTrue();
    assertThat(numeric.agrees(Dates.find("5 March 2025").get(0))).isFalse();
  }

  @Test
  void datesAgreeOnTheFieldsBothGive() {
    DateMention full = Dates.find("2025/11/30").get(0);
    assertThat(full.agrees(Dates.find("30 November 2025").get(0))).isTrue();
    assertThat(full.agrees(Dates.find("in November").get(0))).isTrue();
    assertThat(full.agrees(Dates.find("1 December 2025").get(0))).isFalse();
    assertThat(full.agrees(Dates.find("30 November 2024").get(0))).isFalse();
  }

  @Test
  void weekdays() {
    assertThat(only("يوم الخميس")).isEqualTo("0/0/0/4");
    assertThat(only("on Thursday")).isEqualTo("0/0/0/4");
    assertThat(only("يوم الأحد")).isEqualTo("0/0/0/7");
    assertThat(only("Sunday,")).isEqualTo("0/0/0/7");
    assertThat(only("والجمعة")).isEqualTo("0/0/0/5");
  }

  @Test
  void namesThatAreAlsoCommonWordsNeedADayOrAYear() {
    assertThat(Dates.find("The council may decide to march on.")).isEmpty();
    assertThat(Dates.find("مارس الضغط على المجلس")).isEmpty(); // "he exerted pressure"
    assertThat(Dates.find("بين الاثنين")).isEmpty(); // "between the two"
    assertThat(Dates.find("منّةً من الأحد")).isEmpty(); // "the one"
    assertThat(only("on 5 May")).isEqualTo("5/5/0/0");
    assertThat(only("في مارس 2026")).isEqualTo("0/3/2026/0");
    assertThat(only("يوم الاثنين")).isEqualTo("0/0/0/1");
  }

  @Test
  void timesAreNoDates() {
    assertThat(Dates.find("• 12:15 م")).isEmpty();
    assertThat("12:15 م".matches(Dates.TIME_REGEX)).isTrue();
    assertThat("9:30 pm".matches(Dates.TIME_REGEX)).isTrue();
  }

  @Test
  void aConjunctionAgainstTheDayIsNoPartOfTheDate() {
    String text = "بين 31 يناير و15 مارس 2020";
    List<DateMention> found = Dates.find(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).day()).isEqualTo(15);
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("15 مارس 2020");
  }

  @Test
  void theDatePatternIsOneGroup() {
    // boilerplate rules put {date} after other pattern parts; an ungrouped alternation would leak
    assertThat("حمص – 19 مارس".matches("\\p{L}+ – " + Dates.DATE_REGEX)).isTrue();
    assertThat("تعافى الثلاثة بحلول 19 مارس".matches("\\p{L}+ – " + Dates.DATE_REGEX)).isFalse();
  }

  @Test
  void namesAreFoundThroughMarksTheViewDrops() {
    // the word scan that spares most sentences the patterns must see what the patterns see
    assertThat(only("منذ ديسـمبر")).isEqualTo("0/12/0/0"); // tatweel
    assertThat(only("منذ دِيسَمبر")).isEqualTo("0/12/0/0"); // diacritics
    assertThat(only("منذ دي\u200Cسمبر")).isEqualTo("0/12/0/0"); // zero-width non-joiner
    assertThat(only("منذ \uFEA9\uFEF3\uFEB4\uFEE4\uFE92\uFEAE"))
        .isEqualTo("0/12/0/0"); // presentation forms
    assertThat(only("وفي أيلول")).isEqualTo("0/9/0/0"); // proclitic
    assertThat(only("the Sept. meeting on Sept 3")).isEqualTo("3/9/0/0");
    assertThat(Dates.find("no dates here, none at all")).isEmpty();
  }

  @Test
  void spellingsExpandClassesAndOptionalLetters() {
    assertThat(Dates.spellings("يوني[هة]")).containsExactly("يونيه", "يونية");
    assertThat(Dates.spellings("Sept?")).containsExactly("Sep", "Sept");
  }
}
