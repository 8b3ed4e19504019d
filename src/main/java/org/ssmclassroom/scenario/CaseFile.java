package org.ssmclassroom.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/** The case of a case pack: the customer company, its people and pains, and the material handed out. */
public record CaseFile(
        Company company,
        List<Person> people,
        List<PainChain> painChains,
        List<Initiative> initiatives,
        Alignment alignment,
        List<Document> documents,
        Interview interview,
        List<Persona> personas,
        Negotiation negotiation,
        List<ModelAnswer> modelAnswers,
        List<Material> materials) {

    public CaseFile {
        materials = materials == null ? List.of() : materials;
        personas = personas == null ? List.of() : personas;
    }

    public record Company(LocalizedText name, LocalizedText industry, LocalizedText headquarters, List<Fact> facts) {

        /** Key facts are optional (the README's minimal pack has none). */
        public Company {
            facts = facts == null ? List.of() : facts;
        }
    }

    public record Fact(LocalizedText label, LocalizedText value, Origin origin) {}

    public enum Side {
        @JsonProperty("customer")
        CUSTOMER,
        @JsonProperty("ours")
        OURS
    }

    /** Someone in the case; a role the deck never names has a title but no name. */
    public record Person(
            String id,
            LocalizedText name,
            LocalizedText title,
            String reportsTo,
            Side side,
            Origin origin,
            LocalizedText notes) {

        public Side side() {
            return side == null ? Side.CUSTOMER : side;
        }

        public String displayName(Locale locale) {
            return name == null ? title.in(locale) : name.in(locale);
        }
    }

    public record PainChain(String id, LocalizedText title, Origin origin, List<Link> links) {}

    /**
     * One person's box in a pain chain. {@code role} is the deck's label for the box ("CFO"), shown as its title: the
     * deck gives roles, not names, so the person behind it is the case's reading.
     */
    public record Link(String person, LocalizedText role, LocalizedText pain, List<Reason> reasons) {}

    /** A reason for a pain; {@code leadsTo} names the person whose pain this reason is. */
    public record Reason(LocalizedText text, String leadsTo) {}

    public record Initiative(
            String id,
            LocalizedText action,
            LocalizedText result,
            String focus,
            String owner,
            LocalizedText timeframe,
            boolean critical,
            Origin origin) {}

    public record Alignment(String quadrant, LocalizedText rationale, Origin origin) {}

    public enum Audience {
        @JsonProperty("everyone")
        EVERYONE,
        @JsonProperty("sales")
        SALES,
        @JsonProperty("persona")
        PERSONA,
        @JsonProperty("instructor")
        INSTRUCTOR
    }

    /** A Markdown document, stored as {@code file.zh-CN.md} and {@code file.en.md}. */
    public record Document(String id, LocalizedText title, Audience audience, String file, Origin origin) {}

    /**
     * What one audience at a table reads in one exercise: a document, or a section of the case's facts.
     * {@code audience} is {@code everyone}, {@code sales}, {@code customer} (whoever plays the customer) or a role.
     */
    public record Material(String exercise, String audience, String document, Facts facts, Origin origin) {

        public static final String EVERYONE = "everyone";
        public static final String SALES = "sales";
        public static final String CUSTOMER = "customer";
    }

    /** A section of the case's facts, drawn from the case itself rather than from a document. */
    public enum Facts {
        /** The negotiation's scenario and each issue with its background and our position. */
        @JsonProperty("negotiation")
        NEGOTIATION,
        /** The same without our position: what the customer's side knows. */
        @JsonProperty("negotiationIssues")
        NEGOTIATION_ISSUES
    }

    /**
     * The interview of the case's persona: who plays and who observes it at a table, what a good interview
     * uncovers, and what the persona may say.
     */
    public record Interview(
            String exercise,
            String persona,
            String salesBrief,
            String personaBrief,
            String update,
            String handout,
            String playedBy,
            String observedBy,
            PersonaStyle style,
            List<Target> targets,
            List<PersonaFact> facts) {

        public List<Target> targets() {
            return targets == null ? List.of() : targets;
        }

        public List<PersonaFact> facts() {
            return facts == null ? List.of() : facts;
        }
    }

    /**
     * Someone of the case's people whom trainees talk to, played by the computer or by a trainee: the exercises
     * that use it and what the conversation is for, the brief its player reads, who plays and who observes it at a
     * table, what a good conversation uncovers and what it may say. {@code id} is the person's unless the case
     * gives one (a person played twice); the interview's persona is one too ({@link #of(Interview)}).
     */
    public record Persona(
            String id,
            String person,
            List<String> exercises,
            LocalizedText purpose,
            String personaBrief,
            String playedBy,
            String observedBy,
            PersonaStyle style,
            List<Target> targets,
            List<PersonaFact> facts,
            Origin origin) {

        public Persona {
            id = id == null ? person : id;
            exercises = exercises == null ? List.of() : exercises;
            targets = targets == null ? List.of() : targets;
            facts = facts == null ? List.of() : facts;
        }

        /** The interview read as a persona: the one whose sessions and ticks name no persona (null). */
        public static Persona of(Interview interview) {
            return new Persona(
                    interview.persona(),
                    interview.persona(),
                    interview.exercise() == null ? List.of() : List.of(interview.exercise()),
                    null,
                    interview.personaBrief(),
                    interview.playedBy(),
                    interview.observedBy(),
                    interview.style(),
                    interview.targets(),
                    interview.facts(),
                    null);
        }

        /** Whether the computer can play it: it has facts to tell and a style for the brief's rules. */
        public boolean playable() {
            return !facts.isEmpty() && style != null;
        }

        /** Whether this is the interview read as a persona: a declared persona always says what it is for. */
        public boolean isTheInterview() {
            return purpose == null;
        }

        public boolean usedIn(String exercise) {
            return exercises.contains(exercise);
        }
    }

    /** What the persona says when a rule of the brief applies rather than a fact. */
    public record PersonaStyle(
            LocalizedText pitch,
            LocalizedText offTopic,
            LocalizedText repeat,
            LocalizedText unknown,
            LocalizedText nothingMore,
            LocalizedText greeting,
            Origin origin) {}

    /**
     * Something a good interview uncovers: its label (the answer, for observers and the feedback card) and its
     * criterion (what to uncover, without the answer, for trainees before they start); {@code when} says what it
     * takes, if the persona holds it back; {@code sample} is a question in the form of a 9-block cell that would
     * uncover it, for feedback.
     */
    public record Target(
            String id,
            int weight,
            LocalizedText label,
            LocalizedText criterion,
            LocalizedText when,
            Sample sample,
            Origin origin) {}

    /** A question that would uncover a target, and the 9-block cell (row and column) whose form it takes. */
    public record Sample(String row, String column, LocalizedText question) {}

    /**
     * Something the persona may say: its first answer, deeper layers for follow-ups, a short answer for a
     * yes/no question, and the targets each uncovers. A guarded fact is told only when asked for directly.
     */
    public record PersonaFact(
            String id,
            LocalizedText keywords,
            List<LocalizedText> asks,
            LocalizedText answer,
            @JsonProperty("short") LocalizedText shortAnswer,
            List<String> reveals,
            List<Layer> more,
            boolean guarded,
            Origin origin) {

        public PersonaFact {
            asks = asks == null ? List.of() : asks;
            reveals = reveals == null ? List.of() : reveals;
            more = more == null ? List.of() : more;
        }

        public List<String> keywordsIn(Locale locale) {
            return Arrays.stream(keywords.in(locale).split("[,，]"))
                    .map(String::trim)
                    .filter(k -> !k.isEmpty())
                    .toList();
        }

        /** The answer and its deeper layers, in the order a persona tells them. */
        public List<Layer> layers() {
            List<Layer> all = new java.util.ArrayList<>();
            all.add(new Layer(answer, reveals));
            all.addAll(more);
            return all;
        }
    }

    /** One answer of a fact and the targets it uncovers. */
    public record Layer(LocalizedText answer, List<String> reveals) {}

    /** The negotiation's scenario and issues; {@code counterpart} is the computer customer's side, never shown. */
    public record Negotiation(LocalizedText scenario, List<Issue> issues, Counterpart counterpart) {

        /** The same without the counterpart: what a table may read. */
        public Negotiation withoutCounterpart() {
            return new Negotiation(scenario, issues, null);
        }
    }

    /**
     * The computer customer of the negotiation, hidden from trainees: who it plays, per issue its priority and the
     * options on the table with their value to each side, both best alternatives and what it says.
     */
    public record Counterpart(
            String persona,
            Batna batna,
            Batna ourBatna,
            List<CounterpartIssue> issues,
            CounterpartLines lines,
            Origin origin) {

        public Counterpart {
            issues = issues == null ? List.of() : issues;
        }
    }

    /** A best alternative: its value to its side, and how it reads. */
    public record Batna(int value, LocalizedText text) {}

    /** How much an issue matters to the customer (3 most), and the options on the table. */
    public record CounterpartIssue(String issue, LocalizedText name, int priority, List<NegotiationOption> options) {

        public CounterpartIssue {
            options = options == null ? List.of() : options;
        }
    }

    /** An option on the table and its value to the customer and to us; keywords name it when typed. */
    public record NegotiationOption(String id, LocalizedText label, LocalizedText keywords, int customer, int ours) {}

    /** What the counterpart says, with {issue}, {option}, {give}, {giveIssue}, {take}, {takeIssue}, {deal}. */
    public record CounterpartLines(
            LocalizedText accept,
            LocalizedText reject,
            LocalizedText counter,
            LocalizedText trade,
            LocalizedText walkAway,
            LocalizedText deal) {}

    public record Issue(
            String id,
            LocalizedText title,
            LocalizedText background,
            LocalizedText ourPosition,
            List<String> people,
            Origin origin) {}

    /**
     * The model answer of an exercise: a document, the prose answer, its key points and, where the board has
     * structure, the board itself ({@code board}: section id to one entry, or to a list of entries, of field
     * values; a value is plain or a text in both languages), so a debrief can draw it as a board.
     */
    public record ModelAnswer(
            String exercise,
            String document,
            String painChain,
            LocalizedText answer,
            Origin origin,
            List<Method.KeyPoint> keyPoints,
            Map<String, Object> board) {

        public List<Method.KeyPoint> keyPoints() {
            return keyPoints == null ? List.of() : keyPoints;
        }

        public Map<String, Object> board() {
            return board == null ? Map.of() : board;
        }
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every persona of the case: the interview's first, then those declared under {@code personas}. */
    public List<Persona> allPersonas() {
        List<Persona> all = new java.util.ArrayList<>();
        if (interview != null && interview.persona() != null) {
            all.add(Persona.of(interview));
        }
        all.addAll(personas);
        return all;
    }

    /** A persona by id; null names the interview's (sessions stored before personas were declared). */
    public Optional<Persona> persona(String id) {
        if (id == null) {
            return allPersonas().stream()
                    .filter(p -> interview != null && p.id().equals(interview.persona()))
                    .findFirst();
        }
        return allPersonas().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
