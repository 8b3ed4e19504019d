package org.ssmclassroom.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;

/** A trainee as introduced in the first exercise: name, company, job title, years in sales. */
public record Participant(
        ParticipantId id,
        TableId table,
        String name,
        String company,
        String jobTitle,
        int yearsInSales,
        Instant joinedAt) {

    public record Profile(String name, String company, String jobTitle, int yearsInSales) {

        public static final int MOST_YEARS = 60;
        public static final int LONGEST_NAME = 100;
        public static final int LONGEST_COMPANY = 200;
        public static final int LONGEST_JOB_TITLE = 200;

        /** What a trainee introduces, in the order the form asks for it. */
        public enum Field {
            NAME,
            COMPANY,
            JOB_TITLE,
            YEARS_IN_SALES
        }

        /** The fields a profile typed like this lacks (or, for the years, has out of range). */
        public static List<Field> missing(String name, String company, String jobTitle, Integer yearsInSales) {
            List<Field> missing = new ArrayList<>();
            if (blank(name)) {
                missing.add(Field.NAME);
            }
            if (blank(company)) {
                missing.add(Field.COMPANY);
            }
            if (blank(jobTitle)) {
                missing.add(Field.JOB_TITLE);
            }
            if (yearsInSales == null || yearsInSales < 0 || yearsInSales > MOST_YEARS) {
                missing.add(Field.YEARS_IN_SALES);
            }
            return missing;
        }

        /** The fields typed longer than a profile keeps: a name 100 characters, company and title 200. */
        public static List<Field> tooLong(String name, String company, String jobTitle) {
            List<Field> tooLong = new ArrayList<>();
            if (longer(name, LONGEST_NAME)) {
                tooLong.add(Field.NAME);
            }
            if (longer(company, LONGEST_COMPANY)) {
                tooLong.add(Field.COMPANY);
            }
            if (longer(jobTitle, LONGEST_JOB_TITLE)) {
                tooLong.add(Field.JOB_TITLE);
            }
            return tooLong;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static boolean longer(String value, int max) {
            return value != null && value.strip().length() > max;
        }

        public Profile {
            name = required(name, "name", LONGEST_NAME);
            company = required(company, "company", LONGEST_COMPANY);
            jobTitle = required(jobTitle, "job title", LONGEST_JOB_TITLE);
            if (yearsInSales < 0 || yearsInSales > MOST_YEARS) {
                throw new IllegalArgumentException("years in sales must be 0 to 60");
            }
        }

        private static String required(String value, String what, int max) {
            String trimmed = value == null ? "" : value.strip();
            if (blank(value) || longer(value, max)) {
                throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
            }
            return trimmed;
        }
    }
}
