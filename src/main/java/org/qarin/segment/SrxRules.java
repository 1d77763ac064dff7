package org.qarin.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.qarin.model.Language;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SRX 2.0 segmentation rules, applied with Okapi's SRX engine (the one Okapi and other CAT tools
 * use, so a translator's own rules file works unchanged).
 */
public final class SrxRules {
  private static final String DEFAULT_RULES = "qarin.srx";
  private static final String NO_CODES = "[noauto]";

  private final SRXDocument document;
  // Okapi segmenters keep per-call state, so each thread compiles its own.
  private final ThreadLocal<Map<Language, ISegmenter>> segmenters =
      ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

  private SrxRules(SRXDocument document) {
    this.document = document;
  }

  /** qarin's own rules for Arabic and English. */
  public static SrxRules defaults() {
    try (InputStream in = SrxRules.class.getResourceAsStream(DEFAULT_RULES)) {
      Objects.requireNonNull(in, DEFAULT_RULES);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rules from an SRX 2.0 document.
   *
   * @throws IllegalArgumentException when the document is not usable SRX
   */
  public static SrxRules parse(String srx) {
    if (srx.contains("<!DOCTYPE") || srx.contains("<!ENTITY")) {
      // Okapi's parser would resolve entities; SRX never needs a DOCTYPE.
      throw new IllegalArgumentException("SRX files with a DOCTYPE or entities are not accepted");
    }
    checkWellFormed(srx);
    SRXDocument doc = new SRXDocument();
    try {
      doc.loadRules((CharSequence) srx);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a valid SRX 2.0 document: " + e.getMessage(), e);
    }
    if (doc.getAllLanguagesMaps().isEmpty()) {
      throw new IllegalArgumentException("the SRX document maps no language to rules");
    }
    withoutInlineCodes(doc);
    return new SrxRules(doc);
  }

  /**
   * Marks every rule {@code [noauto]}, Okapi's way of saying that no inline codes can stand between
   * a rule's before and after parts. Okapi otherwise appends a pattern for such codes to every
   * rule, which ran at every character and cost a third of segmentation. qarin segments plain text,
   * which has no codes, so the breaks found are the same.
   */
  private static void withoutInlineCodes(SRXDocument doc) {
    for (List<Rule> rules : doc.getAllLanguageRules().values()) {
      for (Rule r : rules) {
        String before = r.getBefore();
        if (before != null && !before.isEmpty() && !before.endsWith(NO_CODES)) {
          r.setBefore(before + NO_CODES);
        }
      }
    }
  }

  /**
   * Parses the document once with a secure parser that reports quietly: for broken XML, Okapi's
   * parser prints its own "[Fatal Error]" line to standard error before failing.
   */
  private static void checkWellFormed(String srx) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setNamespaceAware(true);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(new Quiet());
      builder.parse(new InputSource(new StringReader(srx)));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException(
          "not well-formed XML (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage()
              + ")",
          e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new IllegalArgumentException("not readable as XML: " + e.getMessage(), e);
    }
  }

  /** Fails on errors, ignores warnings, prints nothing. */
  private static final class Quiet implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  /** The offsets in {@code block} where sentences start; the first is always 0. */
  List<Integer> starts(String block, Language language) {
    ISegmenter segmenter = segmenters.get().computeIfAbsent(language, this::compile);
    segmenter.computeSegments(block);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (Range r : segmenter.getRanges()) {
      if (r.start > starts.get(starts.size() - 1)) {
        starts.add(r.start);
      }
    }
    return starts;
  }

  private ISegmenter compile(Language language) {
    synchronized (document) {
      return document.compileLanguageRules(LocaleId.fromString(language.code()), null);
    }
  }
}
