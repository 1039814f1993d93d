package jp.skilldev.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Mail texts under {@code templates/mail/NAME.txt}: the first line is {@code Subject: …}, then a blank
 * line and the body; {@code {placeholder}} is replaced by the value of that name. Japanese first,
 * English second.
 */
@Component
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private final Map<String, String[]> cache = new ConcurrentHashMap<>();

    public Mail render(String template, String businessKey, String recipient, Map<String, ?> values) {
        String[] parts = cache.computeIfAbsent(template, MailTemplates::load);
        return new Mail(businessKey, recipient, fill(template, parts[0], values), fill(template, parts[1], values));
    }

    private static String[] load(String template) {
        ClassPathResource resource = new ClassPathResource("templates/mail/" + template + ".txt");
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if (!text.startsWith("Subject: ") || end < 0) {
                throw new IllegalStateException("mail template " + template + " must start with 'Subject: '");
            }
            return new String[] {text.substring("Subject: ".length(), end).trim(), text.substring(end + 1).strip() + "\n"};
        } catch (IOException e) {
            throw new UncheckedIOException("mail template " + template + " not found", e);
        }
    }

    private static String fill(String template, String text, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("mail template " + template + " needs a value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
