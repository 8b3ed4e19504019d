package org.ssmclassroom.record;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that a spreadsheet opens as text, never as a formula (OWASP's rule for CSV injection): every field is
 * quoted with its quotes doubled, and text starting with {@code = + - @}, a tab or a carriage return gets a
 * leading single quote, which Excel and LibreOffice read as "this is text". Numbers stay numbers.
 */
final class CsvText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvText() {}

    static String of(List<List<Object>> lines) {
        return lines.stream()
                .map(line -> line.stream().map(CsvText::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
