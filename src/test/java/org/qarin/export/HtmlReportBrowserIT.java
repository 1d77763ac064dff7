package org.qarin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.qarin.model.FindingKind;
import org.qarin.model.Link;
import org.qarin.model.Report;

/**
 * Opens HTML reports from disk in Debian's headless Chromium and checks what a reviewer sees and
 * can do. One browser session serves every test. Skipped where Chromium or ChromeDriver is not
 * installed ({@code apt-get install chromium chromium-driver}); {@code -Dqarin.chromium} and {@code
 * -Dqarin.chromedriver} point it elsewhere.
 */
class HtmlReportBrowserIT {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("qarin.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("qarin.chromedriver", "/usr/bin/chromedriver"));
  private static final Report CORPUS = SampleReports.corpusSample();

  // Held here so the loggers, and the levels set on them, live as long as the test.
  private static final Logger MANAGER_LOG =
      Logger.getLogger("org.openqa.selenium.manager.SeleniumManager");
  private static final Logger FINDER_LOG =
      Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
  // No CDP module is on the classpath on purpose (the test uses WebDriver only), which Selenium
  // would otherwise warn about at every start.
  private static final Logger CDP_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
  private static final List<LogRecord> MANAGER_RECORDS = new ArrayList<>();
  private static final List<LogRecord> FINDER_RECORDS = new ArrayList<>();

  @TempDir static Path tmp;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return; // each test then reports itself skipped, with the reason
    }
    record(MANAGER_LOG, MANAGER_RECORDS);
    record(FINDER_LOG, FINDER_RECORDS);
    CDP_LOG.setLevel(Level.OFF);
    // Both paths are given, so Selenium Manager (which would download a driver) is never asked.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options());
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  @BeforeEach
  void needBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " missing: apt-get install chromium");
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER),
        CHROMEDRIVER + " missing: apt-get install chromium-driver");
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void seleniumManagerNeverRan() {
    assertThat(MANAGER_RECORDS).isEmpty();
    assertThat(FINDER_RECORDS)
        .extracting(LogRecord::getMessage)
        .anyMatch(m -> m.startsWith("Skipping Selenium Manager, path to chromedriver specified"));
  }

  @Test
  void everyLinkIsAVisibleRowAndOneSidedRowsSayWhatIsMissing() {
    open("corpus.html", CORPUS);
    assertThat(visibleRows()).isEqualTo(CORPUS.alignment().links().size());
    WebElement dropped = row(List.of(6), List.of());
    assertThat(dropped.findElement(By.cssSelector("td.tgt .placeholder")).isDisplayed()).isTrue();
    assertThat(dropped.findElement(By.cssSelector("td.tgt")).getText())
        .isEqualTo("— not translated —");
    assertThat(dropped.findElement(By.cssSelector("th .kind")).getText()).isEqualTo("dropped");
    WebElement added = row(List.of(), List.of(11));
    assertThat(added.findElement(By.cssSelector("td.src")).getText()).isEqualTo("— no source —");
    assertThat(added.findElement(By.cssSelector("th .kind")).getText()).isEqualTo("added");
    assertThat(row(List.of(23), List.of(6)).findElement(By.cssSelector("th .kind")).getText())
        .isEqualTo("moved");
    // The style sheet ran under the page's CSP: dropped rows are tinted, other rows are not.
    assertThat(dropped.getCssValue("background-color")).isEqualTo("rgba(253, 236, 234, 1)");
    assertThat(row(List.of(0), List.of(0)).getCssValue("background-color"))
        .isEqualTo("rgba(0, 0, 0, 0)");
  }

  @Test
  void arabicCellsRunRightToLeftAndEnglishLeftToRight() {
    open("corpus.html", CORPUS);
    for (WebElement cell : driver.findElements(By.cssSelector("#alignment td.src"))) {
      assertThat(cell.getCssValue("direction")).isEqualTo("rtl");
    }
    for (WebElement cell : driver.findElements(By.cssSelector("#alignment td.tgt"))) {
      assertThat(cell.getCssValue("direction")).isEqualTo("ltr");
    }
    WebElement text = row(List.of(5), List.of(5)).findElement(By.cssSelector("td.src .t"));
    assertThat(text.getCssValue("direction")).isEqualTo("rtl");
    assertThat(text.getCssValue("unicode-bidi")).isEqualTo("isolate");
    assertThat(text.findElement(By.cssSelector("mark.hit")).getText()).isEqualTo("40");
  }

  @Test
  void injectedMarkupIsShownAsTextAndNeverRuns() {
    open("hostile.html", SampleReports.hostile());
    assertNoScriptRan();
    assertThat(driver.findElement(By.cssSelector("#link-0 td.src")).getText())
        .contains("<script>alert('x')</script>");
    assertThat(driver.findElement(By.cssSelector("#link-0 td.tgt")).getText())
        .contains("The <b>speaker</b> said <script>alert('x')</script>.");
    assertThat(driver.findElement(By.cssSelector("#link-2 .msg")).getText())
        .isEqualTo("<script>alert(1)</script> & \"quotes\"");

    open("payload.html", HtmlTestReports.payload());
    assertNoScriptRan();
    assertThat(driver.getTitle()).startsWith("qarin audit: <script>window.qarinPwned");
    assertThat(driver.findElement(By.cssSelector("#link-1 td.src")).getText())
        .contains("<img src=x onerror=");
    assertThat(driver.findElements(By.cssSelector("img, svg"))).isEmpty();
  }

  @Test
  void contentSecurityPolicyBlocksScriptThePageDidNotShip() {
    open("corpus.html", CORPUS);
    // WebDriver's own script is exempt; the inline script it adds to the page is not.
    js(
        "window.qarinViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.qarinViolations.push(e.violatedDirective));"
            + "const s = document.createElement('script');"
            + "s.textContent = 'window."
            + HtmlTestReports.PWNED
            + " = 1';"
            + "document.body.append(s);");
    assertThat(js("return typeof window." + HtmlTestReports.PWNED)).isEqualTo("undefined");
    assertThat(eventually(() -> js("return window.qarinViolations")))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("script-src-elem");
  }

  @Test
  void filtersHideRowsWithoutFindingsOrOfUncheckedKinds() {
    open("corpus.html", CORPUS);
    driver.findElement(By.id("only-findings")).click();
    assertThat(visibleRows()).isEqualTo(HtmlTestReports.rowsWithFindings(CORPUS).size());
    assertThat(row(List.of(0), List.of(0)).isDisplayed()).isFalse();
    assertThat(row(List.of(6), List.of()).isDisplayed()).isTrue();
    driver.findElement(By.cssSelector("input.kind-filter[value=boilerplate]")).click();
    int withoutBoilerplate =
        HtmlTestReports.rowsWithFindings(CORPUS, FindingKind.BOILERPLATE).size();
    assertThat(visibleRows()).isEqualTo(withoutBoilerplate);
    assertThat(row(List.of(28), List.of()).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("status")).getText())
        .isEqualTo(
            "Showing "
                + withoutBoilerplate
                + " of 32 rows; "
                + withoutBoilerplate
                + " with findings.");
    driver.findElement(By.id("only-findings")).click();
    assertThat(visibleRows()).isEqualTo(CORPUS.alignment().links().size());
    assertThat(row(List.of(28), List.of()).findElement(By.cssSelector("li.finding")).isDisplayed())
        .isFalse();
  }

  /**
   * Issue 17: a partial rendering says its shape in one sentence, and shows each run of sentences
   * outside the rendered stretch as one row whose sentences stay folded until the reviewer opens
   * them; the filters and the finding keys treat those rows as rows.
   */
  @Test
  void aPartialRenderingFoldsWhatLiesOutsideItsStretch() {
    Report r = SampleReports.compilation();
    open("compilation.html", r);
    WebElement sentence = driver.findElement(By.id("rendering"));
    assertThat(sentence.isDisplayed()).isTrue();
    assertThat(sentence.getText())
        .startsWith(
            "The translation renders source sentences 1–3 of 6 in its section '"
                + SampleReports.SECTION
                + "'");
    WebElement other = driver.findElement(By.id("outside-1"));
    WebElement first = other.findElement(By.cssSelector("td.tgt .s"));
    assertThat(first.isDisplayed()).isFalse();
    assertThat(other.findElement(By.cssSelector("td.tgt summary")).getText())
        .isEqualTo("Show the 4 sentences");
    other.findElement(By.cssSelector("td.tgt summary")).click();
    assertThat(first.isDisplayed()).isTrue();
    assertThat(first.getText()).contains(r.alignment().target().sentence(0).text());
    driver.findElement(By.id("only-findings")).click();
    assertThat(visibleRows()).isEqualTo(5);
    driver.findElement(By.cssSelector("input.kind-filter[value=other-content]")).click();
    assertThat(other.isDisplayed()).isFalse();
    driver.findElement(By.cssSelector("input.kind-filter[value=other-content]")).click();
    press("j");
    assertThat(focusedId()).isEqualTo("link-7");
    press("j");
    assertThat(focusedId()).isEqualTo("outside-0");
  }

  @Test
  void keysAndButtonsMoveFocusFromFindingToFinding() {
    open("corpus.html", CORPUS);
    List<String> order =
        HtmlTestReports.rowsWithFindings(CORPUS).stream().map(r -> "link-" + r).toList();
    press("j");
    assertThat(focusedId()).isEqualTo(order.get(0));
    press("j");
    assertThat(focusedId()).isEqualTo(order.get(1));
    press("k");
    assertThat(focusedId()).isEqualTo(order.get(0));
    press("n");
    press("p");
    assertThat(focusedId()).isEqualTo(order.get(0));
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
    for (int i = 1; i < order.size(); i++) {
      press("j");
    }
    assertThat(focusedId()).isEqualTo(order.get(order.size() - 1));
    assertThat(inViewport(driver.switchTo().activeElement())).isTrue();
    driver.findElement(By.id("prev-finding")).click();
    assertThat(focusedId()).isEqualTo(order.get(order.size() - 2));
    assertThat(driver.findElement(By.id("status")).getText())
        .startsWith("Finding row " + (order.size() - 1) + " of " + order.size());
  }

  @Test
  void bigReportsFilterAndNavigate() {
    Report big = HtmlTestReports.big(3000);
    open("big.html", big);
    assertThat(visibleRows()).isEqualTo(big.alignment().links().size());
    driver.findElement(By.id("only-findings")).click();
    assertThat(visibleRows()).isEqualTo(HtmlTestReports.rowsWithFindings(big).size());
    press("j");
    press("j");
    assertThat(focusedId()).isEqualTo("link-7");
    assertThat(inViewport(driver.switchTo().activeElement())).isTrue();
  }

  private static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + tmp.resolve("profile"));
    // Leave any alert open, so a test can see it rather than the driver dismissing it.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    return options;
  }

  private static void record(Logger logger, List<LogRecord> records) {
    logger.setLevel(Level.ALL);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            synchronized (records) {
              records.add(r);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private static void open(String name, Report report) {
    Path file = tmp.resolve(name);
    AtomicFiles.write(file, out -> new HtmlReportExporter().write(report, out));
    driver.get(file.toUri().toString());
    assertThat(driver.getCurrentUrl()).startsWith("file:///");
  }

  private static void assertNoScriptRan() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(js("return typeof window." + HtmlTestReports.PWNED)).isEqualTo("undefined");
    assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
  }

  /** Rows a person can see; counted in the page, as thousands of WebDriver calls would be slow. */
  private static long visibleRows() {
    return (Long)
        js(
            "return Array.from(document.querySelectorAll('#alignment > tbody > tr'))"
                + ".filter(r => r.getClientRects().length > 0).length");
  }

  private static boolean inViewport(WebElement e) {
    return (Boolean)
        js(
            "const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight;",
            e);
  }

  private static WebElement row(List<Integer> source, List<Integer> target) {
    List<Link> links = CORPUS.alignment().links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).source().equals(source) && links.get(i).target().equals(target)) {
        return driver.findElement(By.id("link-" + i));
      }
    }
    throw new AssertionError("no link " + source + ":" + target);
  }

  /** The first non-empty list {@code probe} returns within 5 s: browser events arrive as tasks. */
  private static Object eventually(java.util.function.Supplier<Object> probe) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    Object value = probe.get();
    while (value instanceof List<?> l && l.isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      value = probe.get();
    }
    return value;
  }

  private static void press(String key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private static String focusedId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
