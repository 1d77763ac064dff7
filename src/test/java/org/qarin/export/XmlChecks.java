package org.qarin.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Secure XML parsing and offline schema validation for the export tests. Parsers refuse DOCTYPEs
 * and external entities; schemas come from test-scope jars on the classpath, and any other schema a
 * schema tries to load fails the test instead of reaching the network.
 */
final class XmlChecks {
  /** XLIFF 2 core schema, shipped by okapi-lib-xliff2. */
  static final String XLIFF_SCHEMA = "net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd";

  /** TMX 1.4 schema, shipped by maligna (MIT). */
  static final String TMX_SCHEMA = "net/loomchild/maligna/res/xml/tmx.xsd";

  /** Imports as the schemas write them, and the classpath copy each one stands for. */
  private static final Map<String, String> IMPORTS =
      Map.of(
          "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
          "net/sf/okapi/lib/xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd",
          "http://www.w3.org/2001/xml.xsd",
          "net/loomchild/maligna/res/xml/xml.xsd");

  private XmlChecks() {}

  /** Parses a document namespace-aware, with no DOCTYPE or external entity allowed. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      List<String> problems = new ArrayList<>();
      b.setErrorHandler(new Strict(problems));
      Document d = b.parse(new InputSource(new StringReader(xml)));
      if (!problems.isEmpty()) {
        throw new AssertionError("XML errors: " + problems);
      }
      return d;
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems a schema on the classpath finds in a document; empty when it is valid. */
  static List<String> problems(String xml, String schemaResource) {
    List<String> problems = new ArrayList<>();
    try {
      Validator v = schema(schemaResource).newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(new Strict(problems));
      v.validate(new SAXSource(secureReader(), new InputSource(new StringReader(xml))));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** The elements of a namespace (or of none, for {@code null}) with a local name. */
  static List<Element> elements(Document d, String namespace, String localName) {
    NodeList nodes = d.getElementsByTagNameNS(namespace == null ? "" : namespace, localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The child elements of an element with a local name, in document order. */
  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Schema schema(String resource) throws SAXException {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setResourceResolver(new ClasspathResolver());
    URL url = resource(resource);
    try {
      return f.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XMLReader secureReader() {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL resource(String name) {
    URL url = XmlChecks.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test classpath");
    }
    return url;
  }

  /** Serves the schemas' imports from the classpath and refuses everything else. */
  private static final class ClasspathResolver implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      String local = IMPORTS.get(systemId);
      if (local == null) {
        throw new IllegalStateException("schema import not on the classpath: " + systemId);
      }
      URL url = resource(local);
      LSInput in = domLs().createLSInput();
      in.setSystemId(url.toExternalForm());
      in.setPublicId(publicId);
      in.setByteStream(open(url));
      return in;
    }

    private static DOMImplementationLS domLs() {
      try {
        return (DOMImplementationLS)
            DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static InputStream open(URL url) {
      try {
        return url.openStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Collects errors and fails on fatal ones; warnings are ignored. */
  private record Strict(List<String> problems) implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      error(e);
      throw e;
    }
  }
}
