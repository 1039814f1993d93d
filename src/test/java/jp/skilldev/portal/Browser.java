package jp.skilldev.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (no driver download), with
 * the few actions the portal tests need. Every step waits for an element, never for a fixed time.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--lang=ja");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale format; setting the ISO value is what a picker does. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", waitFor(By.id(id)), isoDate);
    }

    void select(String id, String value) {
        new Select(waitFor(By.id(id))).selectByValue(value);
    }

    void selectByText(String id, String text) {
        new Select(waitFor(By.id(id))).selectByVisibleText(text);
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void click(String id) {
        waitFor(By.id(id)).click();
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    String value(String id) {
        return waitFor(By.id(id)).getDomProperty("value");
    }

    String attribute(String id, String name) {
        return waitFor(By.id(id)).getDomAttribute(name);
    }

    void signIn(String username) {
        open("/signin");
        type("username", username);
        type("password", "demo");
        click("signin");
        waitFor(By.id("signout"));
    }

    void signOut() {
        click("signout");
        waitFor(By.id("signed-out"));
    }

    /** A full-page screenshot under target/screenshots for review. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 40, 800), 6000)));
            File file = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1280, 1400));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
