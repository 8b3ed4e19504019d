package org.ssmclassroom.takeaway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.ParticipantId;

/**
 * One trainee's own action plan: the deck's closing actions grouped by horizon (the next 30 days, the next 60–90
 * days), each with the trainee's commitment, a date and the opportunity it applies to; and whether the trainee
 * shares it with the instructor. The words come from the method pack's personal template.
 */
public record PersonalPlan(
        ParticipantId author, String authorName, Wording wording, List<Horizon> horizons, boolean shared) {

    /** The longest commitment and opportunity taken, in characters (the columns' sizes). */
    public static final int COMMITMENT_LIMIT = 1000;

    public static final int OPPORTUNITY_LIMIT = 200;

    /** Where one action's entry is kept: the template's section (the horizon) and the action's id. */
    public record Key(String section, String action) {}

    /** What the trainee wrote for one action; {@code version} is passed back when writing it again. */
    public record Entry(String commitment, LocalDate due, String opportunity, long version) {

        public static final Entry EMPTY = new Entry("", null, "", 0);

        public boolean written() {
            return !commitment.isBlank();
        }
    }

    /**
     * The template's title, its source in the deck and its three field labels; {@code fieldsAuthored} when the
     * pack marks the columns as its authors' words (the deck gives the actions only), to be shown with the mark.
     */
    public record Wording(
            LocalizedText title,
            LocalizedText source,
            LocalizedText commitment,
            LocalizedText due,
            LocalizedText opportunity,
            boolean fieldsAuthored) {}

    public record Horizon(String section, LocalizedText title, List<Action> actions) {}

    public record Action(Key key, LocalizedText label, Entry entry) {}

    static PersonalPlan of(
            ParticipantId author,
            String authorName,
            Wording wording,
            List<Horizon> template,
            Map<Key, Entry> entries,
            boolean shared) {
        List<Horizon> horizons = template.stream()
                .map(h -> new Horizon(
                        h.section(),
                        h.title(),
                        h.actions().stream()
                                .map(a -> new Action(a.key(), a.label(), entries.getOrDefault(a.key(), Entry.EMPTY)))
                                .toList()))
                .toList();
        return new PersonalPlan(author, authorName, wording, horizons, shared);
    }

    /** Whether the trainee has written a commitment to at least one action. */
    public boolean written() {
        return horizons.stream()
                .flatMap(h -> h.actions().stream())
                .anyMatch(a -> a.entry().written());
    }

    public Entry entry(Key key) {
        return horizons.stream()
                .flatMap(h -> h.actions().stream())
                .filter(a -> a.key().equals(key))
                .map(Action::entry)
                .findFirst()
                .orElse(Entry.EMPTY);
    }
}
