package jp.skilldev.council;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a results file (実績) of one prefecture and fiscal year: a header line naming the columns, then
 * one line per training type and field. Every bad line is reported with its number; a file with any
 * bad line yields no results at all.
 *
 * <pre>
 * type,field,planned,capacity,applicants,entrants,students,completers,employed
 * commissioned,介護・医療・福祉系,299,200,131,115,,40,37
 * commissioned,合計,931,829,,464,544,436,337
 * </pre>
 * {@code type} is a code of {@link TrainingType} or its Japanese name; an empty field or 合計 is the
 * type's published total; an empty cell or ー is a count the table does not give; {@code applicants}
 * may be left out of the header.
 */
public final class ResultsCsv {

    static final int MAX_LINES = 2_000;
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(10_000_000);
    private static final List<String> REQUIRED = List.of("type", "field", "planned", "capacity", "entrants", "students",
            "completers", "employed");
    private static final List<String> OPTIONAL = List.of("applicants");
    private static final Set<String> NOT_GIVEN = Set.of("", "ー", "－", "-", "―", "—", "‐");

    private ResultsCsv() {
    }

    /** One refused line: its number (the header is line 1), the column, and what is wrong. */
    public record LineError(int line, String column, String message) {
    }

    /** The file was refused; {@code errors} lists every bad line. */
    public static final class RejectedFile extends RuntimeException {

        private final List<LineError> errors;

        RejectedFile(List<LineError> errors) {
            super(errors.size() + " bad line(s) in the results file");
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    public static List<TrainingResult> parse(String text) {
        List<LineError> errors = new ArrayList<>();
        String content = text == null ? "" : text.replace("\uFEFF", "");
        String[] lines = content.split("\r\n|\n|\r", -1);
        if (content.isBlank()) {
            throw new RejectedFile(List.of(new LineError(1, null, "the file is empty; a header line and result lines are needed")));
        }
        if (lines.length > MAX_LINES + 1) {
            throw new RejectedFile(List.of(new LineError(MAX_LINES + 2, null, "at most " + MAX_LINES + " result lines per file")));
        }
        Map<String, Integer> columns = header(lines[0], errors);
        if (!errors.isEmpty()) {
            throw new RejectedFile(errors);
        }
        List<TrainingResult> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int lineNumber = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells == null) {
                errors.add(new LineError(lineNumber, null, "a quoted cell is not closed"));
                continue;
            }
            if (cells.size() != columns.size()) {
                errors.add(new LineError(lineNumber, null, "has " + cells.size() + " cells; the header has " + columns.size()));
                continue;
            }
            TrainingResult result = line(lineNumber, cells, columns, errors);
            if (result != null) {
                String key = result.type().code() + "/" + result.field();
                Integer first = seen.putIfAbsent(key, lineNumber);
                if (first != null) {
                    errors.add(new LineError(lineNumber, "field", "repeats " + result.type().code() + " " + result.field()
                            + " of line " + first));
                } else {
                    results.add(result);
                }
            }
        }
        if (results.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(2, null, "the file has a header but no result lines"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedFile(errors);
        }
        return results;
    }

    private static Map<String, Integer> header(String line, List<LineError> errors) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> names = cells(line);
        if (names == null) {
            errors.add(new LineError(1, null, "a quoted cell is not closed"));
            return columns;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase();
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                errors.add(new LineError(1, name, "unknown column; the columns are " + String.join(", ", REQUIRED)
                        + " and optionally " + String.join(", ", OPTIONAL)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new LineError(1, name, "column appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new LineError(1, required, "required column is missing"));
            }
        }
        return columns;
    }

    private static TrainingResult line(int lineNumber, List<String> cells, Map<String, Integer> columns, List<LineError> errors) {
        int before = errors.size();
        String typeText = cells.get(columns.get("type")).strip();
        TrainingType type = TrainingType.of(typeText).orElse(null);
        if (type == null) {
            errors.add(new LineError(lineNumber, "type", "'" + typeText + "' is not a training type"));
        }
        String field = cells.get(columns.get("field")).strip();
        if (field.length() > 100) {
            errors.add(new LineError(lineNumber, "field", "is longer than 100 characters"));
        }
        if (field.equalsIgnoreCase("total")) {
            field = TrainingResult.TOTAL;
        }
        Map<String, BigDecimal> counts = new HashMap<>();
        for (String column : List.of("planned", "capacity", "applicants", "entrants", "students", "completers", "employed")) {
            Integer index = columns.get(column);
            if (index != null) {
                counts.put(column, count(lineNumber, column, cells.get(index), errors));
            }
        }
        BigDecimal completers = counts.get("completers");
        BigDecimal employed = counts.get("employed");
        if (completers != null && employed != null && employed.compareTo(completers) > 0) {
            errors.add(new LineError(lineNumber, "employed", "more employed (" + employed.toPlainString()
                    + ") than completers (" + completers.toPlainString() + ")"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new TrainingResult(type, field, counts.get("planned"), counts.get("capacity"), counts.get("applicants"),
                counts.get("entrants"), counts.get("students"), completers, employed);
    }

    private static BigDecimal count(int lineNumber, String column, String cell, List<LineError> errors) {
        String text = cell.strip();
        if (NOT_GIVEN.contains(text)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (value.signum() < 0) {
                errors.add(new LineError(lineNumber, column, "'" + text + "' is negative"));
            } else if (value.stripTrailingZeros().scale() > 1) {
                errors.add(new LineError(lineNumber, column, "'" + text + "' has more than one decimal place"));
            } else if (value.compareTo(MAX_COUNT) >= 0) {
                errors.add(new LineError(lineNumber, column, "'" + text + "' is too large"));
            } else {
                return value;
            }
        } catch (NumberFormatException e) {
            errors.add(new LineError(lineNumber, column, "'" + text + "' is not a number"));
        }
        return null;
    }

    /** Cells of one line, RFC 4180 quoting; {@code null} when a quote is left open. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
