package jp.skilldev.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures: one printed table, and the same figures as JSON under the results directory. */
final class Report {

    private record Row(String figure, String value, String target) {
    }

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void put(String key, Object value) {
        json.put(key, value);
    }

    Object get(String key) {
        return json.get(key);
    }

    /** A figure in the JSON and a line of the table. */
    void figure(String key, String figure, double value, String unit, String target) {
        json.put(key, round(value));
        rows.add(new Row(figure, String.format(Locale.ROOT, "%,.3f %s", value, unit).strip(), target));
    }

    void count(String key, String figure, long value, String target) {
        json.put(key, value);
        rows.add(new Row(figure, String.format(Locale.ROOT, "%,d", value), target));
    }

    String table() {
        int width = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
        int valueWidth = rows.stream().mapToInt(r -> r.value().length()).max().orElse(10);
        StringBuilder out = new StringBuilder();
        String format = "%-" + width + "s  %" + valueWidth + "s  %s%n";
        out.append(String.format(Locale.ROOT, format, "figure", "value", "target"));
        rows.forEach(r -> out.append(String.format(Locale.ROOT, format, r.figure(), r.value(), r.target())));
        return out.toString();
    }

    Path write(Path directory, String fileName) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(fileName);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
