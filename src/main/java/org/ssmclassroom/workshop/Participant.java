package org.ssmclassroom.workshop;

import java.time.Instant;
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

        public Profile {
            name = required(name, "name", 100);
            company = required(company, "company", 200);
            jobTitle = required(jobTitle, "job title", 200);
            if (yearsInSales < 0 || yearsInSales > 60) {
                throw new IllegalArgumentException("years in sales must be 0 to 60");
            }
        }

        private static String required(String value, String what, int max) {
            String trimmed = value == null ? "" : value.strip();
            if (trimmed.isEmpty() || trimmed.length() > max) {
                throw new IllegalArgumentException(what + " must be 1 to " + max + " characters");
            }
            return trimmed;
        }
    }
}
