package org.qarin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qarin.audit.AuditTesting.doc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qarin.model.Document;
import org.qarin.model.Language;

class BoilerplateTest {
  /** Each line of page furniture and what it is; every rule of the files must meet one. */
  private static final Object[][] FURNITURE = {
    {Language.AR, "صورة: عمال يصلحون خط مياه", Furniture.CAPTION},
    {Language.AR, "عمال يصلحون خط مياه رئيسيًا في مدينة الرستن (المجلس المحلي)", Furniture.CAPTION},
    {
      Language.AR,
      "فصائل المعارضة في حلب- 30 تشرين الثاني 2024 (عنب بلدي \\ ديان جنباز)",
      Furniture.CAPTION
    },
    {Language.AR, "بقلم رنا العلي", Furniture.BYLINE},
    {Language.AR, "إعداد: رنا العلي", Furniture.BYLINE},
    {Language.AR, "ترجمة: سامر الخطيب", Furniture.BYLINE},
    {Language.AR, "  • 2024/11/30", Furniture.DATELINE},
    {Language.AR, "  • 12:15 م", Furniture.DATELINE},
    {Language.AR, "حمص – 14 تشرين الثاني 2025", Furniture.DATELINE},
    {Language.AR, "اقرأ أيضًا: افتتاح مستوصف جديد في تلبيسة", Furniture.RELATED},
    {Language.AR, "مقالات متعلقة", Furniture.RELATED},
    {Language.AR, "المزيد من سوريا", Furniture.RELATED},
    {Language.AR, "سوريا", Furniture.SECTION},
    {Language.AR, "المقال يعبر عن رأي كاتبه.", Furniture.DISCLAIMER},
    {Language.AR, "وهو لا يعبر بالضرورة عن رأي الموقع.", Furniture.DISCLAIMER},
    {Language.AR, "جميع الحقوق محفوظة لعنب بلدي", Furniture.DISCLAIMER},
    {Language.EN, "Photo: workers repair a water line", Furniture.CAPTION},
    {
      Language.EN,
      "Workers repair a main water line in Al-Rastan (Local Council)",
      Furniture.CAPTION
    },
    {Language.EN, "By Rana al-Ali", Furniture.BYLINE},
    {Language.EN, "Reporting by Samer al-Khatib", Furniture.BYLINE},
    {Language.EN, "• 12:15 pm", Furniture.DATELINE},
    {Language.EN, "Homs – 14 November 2025", Furniture.DATELINE},
    {Language.EN, "Read also: New clinic opens in Talbiseh", Furniture.RELATED},
    {Language.EN, "More from Syria", Furniture.RELATED},
    {Language.EN, "Syria", Furniture.SECTION},
    {
      Language.EN,
      "This article was translated and edited by The Syrian Observer.",
      Furniture.DISCLAIMER
    },
    {
      Language.EN,
      "The Syrian Observer has not verified the content of this story.",
      Furniture.DISCLAIMER
    },
    {
      Language.EN,
      "Responsibility for the information and views set out in this article lies"
          + " entirely with the author.",
      Furniture.DISCLAIMER
    },
    {
      Language.EN,
      "The views expressed in this piece are those of the author.",
      Furniture.DISCLAIMER
    },
    {Language.EN, "All rights reserved.", Furniture.DISCLAIMER},
  };

  /** Article text that resembles furniture. */
  private static final Object[][] TEXT = {
    {Language.AR, "وذكر أن مقاومة هذا الاحتلال (روسيا) مشروعة بكافة الوسائل."},
    {Language.AR, "أعلن مجلس الإدارة المحلية في الرستن عن خطة بقيمة 3.5 مليون دولار."},
    {Language.AR, "لا صلة مع أوكرانيا"},
    {Language.AR, "تعافى الثلاثة بالفعل بحلول 19 مارس."},
    {Language.AR, "سيلعبون يوم السبت, 10 حزيران."},
    {Language.AR, "اكتشفها فيليكس بلوخ (من جامعة ستانفورد) وإدوارد بورسيل (من جامعة هارفارد)"},
    {Language.AR, "يعتمد التصوير على ظاهرة تسمى الرنين المغناطيسي النووي (NMR)"},
    {Language.AR, "بلغ عدد سكان المدينة مليون نسمة (2010)"},
    {Language.EN, "It was discovered by Felix Bloch (from Stanford University)"},
    {Language.EN, "They will play on Saturday, 10 June."},
    {Language.EN, "The plan was drawn up by the council and its engineers."},
    {Language.EN, "The council set Sunday, 30 November 2025, as the deadline."},
    {Language.EN, "It said the report has been verified by two engineers."},
  };

  private static Furniture one(Language lang, String line) {
    return Boilerplate.of(lang).classify(doc(lang, line))[0];
  }

  @Test
  void everyExampleIsItsKind() {
    for (Object[] e : FURNITURE) {
      assertThat(one((Language) e[0], (String) e[1])).as((String) e[1]).isEqualTo(e[2]);
    }
  }

  @Test
  void articleTextIsNoFurniture() {
    for (Object[] e : TEXT) {
      assertThat(one((Language) e[0], (String) e[1])).as((String) e[1]).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyRuleHasAnExample(Language lang) {
    Boilerplate b = Boilerplate.of(lang);
    Set<Boilerplate.Rule> met = new HashSet<>();
    for (Object[] e : FURNITURE) {
      if (e[0] == lang) {
        String text = View.of((String) e[1]).text().strip();
        Boilerplate.Rule r = b.match(text, true, org.qarin.lexicon.Tokenizer.tokenize(text).size());
        if (r != null) {
          met.add(r);
        }
      }
    }
    List<String> unmet = new ArrayList<>();
    b.rules().stream().filter(r -> !met.contains(r)).forEach(r -> unmet.add(r.pattern().pattern()));
    assertThat(unmet).as("rules without an example in FURNITURE").isEmpty();
  }

  @Test
  void captionsAndBylinesMustStandOnTheirOwnLine() {
    Document d =
        doc(Language.EN, "The plan was approved. By Friday, work will start (Local Council)");
    assertThat(Boilerplate.isWholeLine(d.text(), d.sentence(0))).isTrue();
    String text = "He spoke. By Rana al-Ali\nNext";
    Document inline =
        new Document(
            "x",
            Language.EN,
            text,
            List.of(
                new org.qarin.model.Sentence(
                    0, 0, new org.qarin.model.Span(10, 24), "By Rana al-Ali")));
    assertThat(Boilerplate.isWholeLine(text, inline.sentence(0))).isFalse();
    assertThat(Boilerplate.of(Language.EN).classify(inline)[0]).isNull();
  }

  @Test
  void aRelatedHeadingClaimsTheShortLinesAfterIt() {
    Furniture[] kinds =
        Boilerplate.of(Language.AR)
            .classify(
                doc(
                    Language.AR,
                    "وفرضت فيها حظر تجوال ليلي لتمشيطها وتأمين الأهالي.",
                    "مقالات متعلقة",
                    "1. ما القوى العسكرية المشاركة في \"ردع العدوان\"",
                    "2. وفد \"أستانة\" يدعو إلى تشكيل إدارة مدنية في إدلب",
                    "سوريا",
                    "المزيد من سوريا",
                    "وهذه جملة طويلة من نص المقال تنتهي بنقطة كما تنتهي الجمل."));
    assertThat(kinds)
        .containsExactly(
            null,
            Furniture.RELATED,
            Furniture.RELATED,
            Furniture.RELATED,
            Furniture.SECTION,
            Furniture.RELATED,
            null);
  }

  @Test
  void malformedRulesNameTheirFileAndLine() {
    assertThatThrownBy(() -> Boilerplate.parse("x.txt", "# comment\ncaption line no-tabs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("x.txt:2: ");
    assertThatThrownBy(() -> Boilerplate.parse("x.txt", "banner\tline\tx"))
        .hasMessageStartingWith("x.txt:1: ");
    assertThatThrownBy(() -> Boilerplate.parse("x.txt", "caption\tline\t(unclosed"))
        .hasMessageStartingWith("x.txt:1: ");
  }
}
