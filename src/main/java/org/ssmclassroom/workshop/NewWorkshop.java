package org.ssmclassroom.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What an instructor fills in to create a workshop: 1 to 12 tables, named. */
public record NewWorkshop(String name, LocalDate date, String packId, Locale language, List<String> tableNames) {

    public static final int MAX_TABLES = 12;
    public static final int LONGEST_NAME = 200;
    public static final int LONGEST_TABLE_NAME = 100;

    public NewWorkshop {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("a workshop needs a name of 1 to 200 characters");
        }
        if (date == null || packId == null || language == null) {
            throw new IllegalArgumentException("a workshop needs a date, a case pack and a language");
        }
        if (tableNames == null || tableNames.isEmpty() || tableNames.size() > MAX_TABLES) {
            throw new IllegalArgumentException("a workshop has 1 to " + MAX_TABLES + " tables");
        }
        tableNames = tableNames.stream().map(String::strip).toList();
        if (tableNames.stream().anyMatch(n -> n.isEmpty() || n.length() > LONGEST_TABLE_NAME)) {
            throw new IllegalArgumentException("every table needs a name of 1 to 100 characters");
        }
    }
}
