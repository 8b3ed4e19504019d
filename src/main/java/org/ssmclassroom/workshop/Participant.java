package org.ssmclassroom.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ssmclassroom.workshop.Ids.ParticipantId;
import org.ssmclassroom.workshop.Ids.TableId;

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

        /** What a trainee introduces, in the order the form asks for it. */
        public enum Field {
            NAME,
            COMPANY,
            JOB_TITLE,
            YEARS_IN_SALES
        }

        /** The fields a profile typed like this would lack or have out of range; empty when it can be made. */
        public static List<Field> missing(String name, String company, String jobTitle, Integer yearsInSales) {
            List<Field> missing = new ArrayList<>();
            if (!fits(name, 100)) {
                missing.add(Field.NAME);
            }
            if (!fits(company, 200)) {
                missing.add(Field.COMPANY);
            }
            if (!fits(jobTitle, 200)) {
                missing.add(Field.JOB_TITLE);
            }
            if (yearsInSales == null || yearsInSales < 0 || yearsInSales > MOST_YEARS) {
                missing.add(Field.YEARS_IN_SALES);
            }
            return missing;
        }

        private static boolean fits(String value, int max) {
            String trimmed = value == null ? "" : value.strip();
            return !trimmed.isEmpty() && trimmed.length() <= max;
        }

        public Profile {
            name = required(name, "name", 100);
            company = required(company, "company", 200);
            jobTitle = required(jobTitle, "job title", 200);
            if (yearsInSales < 0 || yearsInSales > MOST_YEARS) {
                throw new IllegalArgumentException("years in sales must be 0 to 60");
            }
        }

        private static String required(String value, String what, int max) {
            String trimmed = value == null ? "" : value.strip();
            if (!fits(value, max)) {
                throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
            }
            return trimmed;
        }
    }
}
