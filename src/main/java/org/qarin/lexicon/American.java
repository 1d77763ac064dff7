package org.qarin.lexicon;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * British spellings as American ones, so that kilometre meets kilometer and neighbour meets
 * neighbor before stemming: the lexicon's sources mix both. Only the regular, unambiguous patterns
 * of news vocabulary.
 */
final class American {
  private static final Map<String, String> ROOTS =
      Map.ofEntries(
          Map.entry("colour", "color"),
          Map.entry("favour", "favor"),
          Map.entry("honour", "honor"),
          Map.entry("labour", "labor"),
          Map.entry("neighbour", "neighbor"),
          Map.entry("behaviour", "behavior"),
          Map.entry("harbour", "harbor"),
          Map.entry("rumour", "rumor"),
          Map.entry("humour", "humor"),
          Map.entry("vapour", "vapor"),
          Map.entry("endeavour", "endeavor"),
          Map.entry("armour", "armor"),
          Map.entry("defence", "defense"),
          Map.entry("offence", "offense"),
          Map.entry("licence", "license"),
          Map.entry("programme", "program"),
          Map.entry("catalogue", "catalog"),
          Map.entry("dialogue", "dialog"),
          Map.entry("travelled", "traveled"),
          Map.entry("cancelled", "canceled"),
          Map.entry("modelling", "modeling"));

  private static final Pattern IZE = Pattern.compile("(?<=.{3})is(e|ed|es|ing|ation|ations)$");

  private American() {}

  static String spelling(String lower) {
    String w = ROOTS.get(lower);
    if (w != null) {
      return w;
    }
    for (Map.Entry<String, String> e : ROOTS.entrySet()) {
      if (lower.startsWith(e.getKey())) {
        return e.getValue() + lower.substring(e.getKey().length()); // neighbours, favourable
      }
    }
    if (lower.endsWith("tre") || lower.endsWith("tres")) { // metre, centre, litre, theatre
      int cut = lower.lastIndexOf("tre");
      return lower.substring(0, cut) + "ter" + lower.substring(cut + 3);
    }
    return IZE.matcher(lower).replaceFirst("iz$1"); // organise, realisation
  }
}
