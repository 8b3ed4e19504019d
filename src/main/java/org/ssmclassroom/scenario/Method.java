package org.ssmclassroom.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/** The Signature Selling Method as a method pack states it: everything a case reuses. */
public record Method(
        Course course,
        List<Exercise> exercises,
        List<Template> templates,
        List<Vocabulary> vocabularies,
        Models models,
        List<Rubric> rubrics,
        List<Card> cards) {

    public Method {
        cards = cards == null ? List.of() : cards;
        if (vocabularies != null && course != null) {
            Course from = course;
            vocabularies = vocabularies.stream()
                    .map(v -> v == null ? null : v.resolvedFrom(from))
                    .toList();
        }
    }

    public record Course(
            LocalizedText title,
            List<LocalizedText> goals,
            List<Stage> stages,
            StageHeadings stageHeadings,
            List<Milestone> milestones,
            List<Outcome> outcomes,
            List<Role> roles,
            Seating seating,
            Agenda agenda,
            String takeaway) {

        /** The template of each trainee's own board (the deck's closing action plan), when the course has one. */
        public Optional<String> takeawayTemplate() {
            return Optional.ofNullable(takeaway);
        }

        /** The role that does not rotate: the table's own choice, given to one member (the spokesperson). */
        public Optional<Role> role(String id) {
            return roles.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        public Optional<Role> tableRole() {
            return roles.stream().filter(r -> !r.rotates()).findFirst();
        }

        /** What holding these roles lets a trainee do. */
        public java.util.Set<Capability> capabilitiesOf(java.util.Collection<String> heldRoles) {
            java.util.Set<Capability> can = java.util.EnumSet.noneOf(Capability.class);
            roles.stream().filter(r -> heldRoles.contains(r.id())).forEach(r -> can.addAll(r.capabilities()));
            return can;
        }
    }

    public record Stage(
            String id,
            int number,
            LocalizedText title,
            LocalizedText description,
            LocalizedText salesStep,
            LocalizedText buyingStep,
            Origin origin) {}

    /**
     * The headings every stage's card shows, as the deck's per-stage slides have them. The deck leaves their content
     * empty: a heading with {@code fill} shows the stage's milestone or outcomes (our alignment), one without stays
     * empty.
     */
    public record StageHeadings(LocalizedText source, List<StageHeading> headings) {

        public StageHeadings {
            headings = headings == null ? List.of() : headings;
        }
    }

    public record StageHeading(String id, LocalizedText title, StageFill fill) {}

    /** What of a stage a heading of its card shows. */
    public enum StageFill {
        /** The pipeline milestone the stage's outcomes mark. */
        @JsonProperty("milestone")
        MILESTONE,
        /** The stage's verifiable outcomes. */
        @JsonProperty("outcomes")
        OUTCOMES
    }

    public record Milestone(String id, LocalizedText title) {}

    /** A verifiable outcome of a stage, and the pipeline milestone it marks (if the pack says so). */
    public record Outcome(String id, String stage, String milestone, LocalizedText text, Origin origin) {}

    /**
     * A team role. Rotating roles are dealt per exercise by the seating; a role that does not rotate is the
     * table's own choice (the instructor sets who), given to one member. What a role may do on the tablets is
     * its {@code capabilities}, so a pack that renames or splits a role keeps working.
     */
    public record Role(
            String id,
            LocalizedText title,
            LocalizedText duty,
            boolean rotates,
            List<Capability> capabilities,
            Origin origin) {

        public List<Capability> capabilities() {
            return capabilities == null ? List.of() : capabilities;
        }
    }

    /** What holding a role lets a trainee do or see. */
    public enum Capability {
        /** Marks the table's exercise as done. */
        @JsonProperty("marksDone")
        MARKS_DONE,
        /** Sees the large clock with the 5- and 1-minute warnings. */
        @JsonProperty("bigClock")
        BIG_CLOCK,
        /** Reads the persona brief of the case when the exercise works on the case. */
        @JsonProperty("seesPersonaBrief")
        SEES_PERSONA_BRIEF,
        /** Sees the exercise's challenge prompts. */
        @JsonProperty("seesChallengePrompts")
        SEES_CHALLENGE_PROMPTS,
        /** Writes the team's board (is told so). */
        @JsonProperty("ownsBoard")
        OWNS_BOARD
    }

    public record Seating(Origin origin, List<TableSeating> tables) {}

    /** How the rotating roles sit at a table of {@code size}: each seat holds one or more roles. */
    public record TableSeating(int size, List<List<String>> seats) {}

    public record Agenda(Origin origin, Appendix appendix, List<Day> days) {}

    /** The deck's teaching aids after its last block (the case's handout): shown after the days. */
    public record Appendix(LocalizedText title, String slides, LocalizedText note) {}

    public record Day(int day, LocalizedText title, List<Unit> units) {}

    /** A block of the course: its divider's title, its stage, the deck's slides and the exercises it runs. */
    public record Unit(
            String id, LocalizedText title, String stage, String slides, LocalizedText note, List<String> exercises) {}

    public enum CaseSource {
        @JsonProperty("own")
        OWN_OPPORTUNITY,
        @JsonProperty("case")
        CASE_PACK
    }

    public enum Surface {
        @JsonProperty("whiteboard")
        WHITEBOARD,
        @JsonProperty("flipchart")
        FLIPCHART,
        @JsonProperty("tablet")
        TABLET
    }

    public record Exercise(
            String id,
            int number,
            LocalizedText label,
            LocalizedText title,
            String stage,
            @JsonProperty("case") CaseSource caseSource,
            String template,
            String rubric,
            int durationMinutes,
            Surface surface,
            Origin surfaceOrigin,
            List<LocalizedText> instructions,
            List<LocalizedText> challengePrompts,
            Origin challengePromptsOrigin,
            List<CarryForward> carryForward,
            List<CaseNeed> caseNeeds,
            List<KeyPoint> keyPoints,
            Origin origin) {

        /** What a case must provide to play this exercise on it. */
        public List<CaseNeed> caseNeeds() {
            return caseNeeds == null ? List.of() : caseNeeds;
        }

        /** What good work looks like on any team's own opportunity; a case adds its own for its exercises. */
        public List<KeyPoint> keyPoints() {
            return keyPoints == null ? List.of() : keyPoints;
        }

        public List<CarryForward> carryForward() {
            return carryForward == null ? List.of() : carryForward;
        }
    }

    /**
     * A section of an earlier exercise's board, shown on this exercise's board. Each {@code copyTo} lets a carried
     * entry be copied into a section here with one tap.
     */
    public record CarryForward(String exercise, String section, List<CopyTo> copyTo) {

        public List<CopyTo> copyTo() {
            return copyTo == null ? List.of() : copyTo;
        }
    }

    /**
     * Where a carried entry can be copied: into {@code section} of this board, each map naming target field to
     * source field. A list section gets one new entry per map whose source fields are not all empty; a fields
     * section gets its record filled from the one map.
     */
    public record CopyTo(String section, List<Map<String, String>> entries) {}

    public record Template(
            String id,
            LocalizedText title,
            List<Section> sections,
            List<Check> checks,
            Origin origin,
            LocalizedText source) {}

    public enum SectionKind {
        @JsonProperty("fields")
        FIELDS,
        @JsonProperty("list")
        LIST,
        @JsonProperty("grid")
        GRID,
        @JsonProperty("decision")
        DECISION
    }

    public record Section(
            String id,
            SectionKind kind,
            LocalizedText title,
            Integer min,
            Integer max,
            String rows,
            String columns,
            RowGroups rowGroups,
            String tree,
            List<Field> fields,
            Diagram diagram,
            Seed seed,
            Origin origin) {

        public List<Field> fields() {
            return fields == null ? List.of() : fields;
        }
    }

    /** How a grid's rows are grouped: by their term's {@code group}, each group headed by that concept card. */
    public enum RowGroups {
        @JsonProperty("cards")
        CARDS
    }

    public enum DiagramKind {
        /** Entries with a pain and reasons; a reason that is another entry's pain leads to it. */
        @JsonProperty("painChain")
        PAIN_CHAIN,
        /** Entries by reporting line, each box with its key facts, its border by attitude. */
        @JsonProperty("orgMap")
        ORG_MAP
    }

    /**
     * How a list section is drawn, and which of its fields play which part, so the drawing knows the method, not
     * the template's field names. {@code who}: the fields that name an entry, first filled wins.
     */
    public record Diagram(
            DiagramKind kind,
            List<String> who,
            String pain,
            List<String> reasons,
            String reportsTo,
            List<String> facts,
            String attitude) {

        public List<String> who() {
            return who == null ? List.of() : who;
        }

        public List<String> reasons() {
            return reasons == null ? List.of() : reasons;
        }

        public List<String> facts() {
            return facts == null ? List.of() : facts;
        }

        /** Every field the diagram names, for the pack checks. */
        public List<String> fields() {
            List<String> named = new java.util.ArrayList<>(who());
            named.addAll(reasons());
            named.addAll(facts());
            for (String one : new String[] {pain, reportsTo, attitude}) {
                if (one != null) {
                    named.add(one);
                }
            }
            return named;
        }
    }

    public enum SeedSource {
        /** One entry per negotiation issue of the case. */
        @JsonProperty("negotiationIssues")
        NEGOTIATION_ISSUES
    }

    /** A list a new board starts with, from the case: into {@code field} of each entry. */
    public record Seed(SeedSource from, String field) {}

    public enum FieldType {
        @JsonProperty("text")
        TEXT,
        @JsonProperty("longtext")
        LONG_TEXT,
        @JsonProperty("number")
        NUMBER,
        @JsonProperty("money")
        MONEY,
        @JsonProperty("date")
        DATE,
        @JsonProperty("choice")
        CHOICE,
        @JsonProperty("person")
        PERSON,
        @JsonProperty("scale")
        SCALE,
        @JsonProperty("yesno")
        YES_NO;

        /** The most characters a value of this type holds; the server refuses more, the field stops typing there. */
        public int maxLength() {
            return switch (this) {
                case LONG_TEXT -> 4000;
                case TEXT -> 400;
                case PERSON -> 100;
                default -> 60;
            };
        }
    }

    /** One field of a board section; {@code hint} is shown under it as help for the team. */
    public record Field(
            String id,
            FieldType type,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            String vocabulary,
            Integer min,
            Integer max,
            Origin origin) {}

    public enum CheckKind {
        /** At least {@code min} items with every one of {@code fields} filled. */
        @JsonProperty("minItems")
        MIN_ITEMS,
        /** Every one of {@code fields} filled. */
        @JsonProperty("filled")
        FILLED,
        /** At least {@code min} items (1 if not given), and every item with every one of {@code fields} filled. */
        @JsonProperty("everyItem")
        EVERY_ITEM,
        /** Every term of {@code vocabulary} appears in {@code field} of some item. */
        @JsonProperty("covers")
        COVERS
    }

    public record Check(
            String id,
            CheckKind kind,
            LocalizedText label,
            String section,
            Integer min,
            List<String> fields,
            String field,
            String vocabulary) {}

    /** A closed list boards choose from; {@code layout} says how a board offers it (null: a list to pick from). */
    /**
     * A closed list a board chooses from. Its terms are written out, or taken {@code from} the course (its stages,
     * pipeline milestones or verifiable outcomes), so a board can choose them without the pack saying them twice.
     */
    public record Vocabulary(
            String id, LocalizedText title, List<Term> terms, Layout layout, Origin origin, CourseList from) {

        public Vocabulary {
            terms = terms == null ? List.of() : terms;
        }

        Vocabulary resolvedFrom(Course course) {
            if (from == null || !terms.isEmpty()) {
                return this;
            }
            return new Vocabulary(id, title, from.terms(course), layout, origin, from);
        }
    }

    /** What of the course a vocabulary lists. */
    public enum CourseList {
        /** The stages, titled as the course titles them. */
        @JsonProperty("stages")
        STAGES,
        /** The pipeline milestones. */
        @JsonProperty("milestones")
        MILESTONES,
        /** The verifiable outcomes, with their letter as symbol and their milestone (if any) as group. */
        @JsonProperty("outcomes")
        OUTCOMES;

        List<Term> terms(Course course) {
            return switch (this) {
                case STAGES ->
                    orEmpty(course.stages()).stream()
                            .map(s -> new Term(s.id(), s.title(), s.description(), null, null, null, s.origin()))
                            .toList();
                case MILESTONES ->
                    orEmpty(course.milestones()).stream()
                            .map(m -> new Term(m.id(), m.title(), null, null, null, null, null))
                            .toList();
                case OUTCOMES ->
                    orEmpty(course.outcomes()).stream()
                            .map(o -> new Term(o.id(), o.text(), null, o.id(), null, o.milestone(), o.origin()))
                            .toList();
            };
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    public enum Layout {
        /** Four terms drawn as a 2x2 to tap: the strategic alignment model. */
        @JsonProperty("quadrants")
        QUADRANTS
    }

    public record Term(
            String id,
            LocalizedText label,
            LocalizedText description,
            String symbol,
            Integer value,
            String group,
            Origin origin) {}

    public record Models(NineBlock nineBlock, List<DecisionTree> decisionTrees, List<QuadrantAxes> quadrantAxes) {

        public Models {
            quadrantAxes = quadrantAxes == null ? List.of() : quadrantAxes;
        }

        /** The axes drawn around the 2x2 of this vocabulary, if the pack gives them. */
        public Optional<QuadrantAxes> axesOf(String vocabulary) {
            return quadrantAxes.stream()
                    .filter(a -> a.vocabulary().equals(vocabulary))
                    .findFirst();
        }
    }

    /**
     * The axes around the 2x2 of a vocabulary laid out as quadrants: {@code across} runs low to high left to right,
     * {@code up} low to high bottom to top.
     */
    public record QuadrantAxes(String vocabulary, Axis across, Axis up, Origin origin, LocalizedText source) {}

    public record Axis(LocalizedText title, LocalizedText low, LocalizedText high) {}

    public record NineBlock(
            String rows, String columns, LocalizedText start, LocalizedText goal, Origin origin, List<Cell> cells) {}

    /** A 9-block cell's sample questions; a corrected cell says in {@code note} what the deck has. */
    public record Cell(String row, String column, List<LocalizedText> questions, Origin origin, LocalizedText note) {}

    /** A yes/no tree; each answer leads to another node or to a term of the {@code outcomes} vocabulary. */
    public record DecisionTree(
            String id, LocalizedText title, String outcomes, String start, Origin origin, List<Node> nodes) {}

    public record Node(String id, LocalizedText question, String yes, String no) {}

    /** A section of the case an exercise plays on: the interview of its persona, or the negotiation's issues. */
    public enum CaseNeed {
        @JsonProperty("interview")
        INTERVIEW,
        @JsonProperty("negotiation")
        NEGOTIATION
    }

    /**
     * A concept of the method, on a card shown beside the exercises and stages it is attached to ({@code attach}:
     * exercise or stage ids): a text, a list, or a small table whose first row is its header.
     */
    public record Card(
            String id,
            List<String> attach,
            LocalizedText title,
            LocalizedText text,
            List<LocalizedText> items,
            ItemsFrom itemsFrom,
            List<List<LocalizedText>> table,
            LocalizedText source,
            Origin origin) {

        public Card {
            attach = attach == null ? List.of() : attach;
            items = items == null ? List.of() : items;
            table = table == null ? List.of() : table;
        }

        /** The card with its items taken from the course where it says so, so the course states them once. */
        Card resolved(Course course) {
            if (itemsFrom != ItemsFrom.GOALS || course == null || course.goals() == null) {
                return this;
            }
            return new Card(id, attach, title, text, course.goals(), itemsFrom, table, source, origin);
        }
    }

    /** Where a card's items come from when they are the course's own. */
    public enum ItemsFrom {
        @JsonProperty("goals")
        GOALS
    }

    public record Rubric(String id, String exercise, Origin origin, int total, List<Criterion> criteria) {

        public int totalPoints() {
            return criteria.stream().mapToInt(Criterion::points).sum();
        }

        public Optional<Criterion> criterion(String id) {
            return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    /**
     * What a rubric awards points for: either the board sections it judges or, when {@code observed}, what the
     * instructor sees in the room. Its levels run from 0 up to its {@code points}.
     */
    public record Criterion(
            String id,
            LocalizedText label,
            LocalizedText description,
            int points,
            List<String> sections,
            boolean observed,
            List<Level> levels) {

        public Criterion {
            sections = sections == null ? List.of() : List.copyOf(sections);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        public Optional<Level> level(int points) {
            return levels.stream().filter(l -> l.points() == points).findFirst();
        }
    }

    /** One thing a good board shows, in a section of the exercise's template; the debrief checks tables for it. */
    public record KeyPoint(String id, String section, LocalizedText text, String check, Origin origin) {}

    /** One step of a criterion's scale, with what a board at that step looks like. */
    public record Level(int points, LocalizedText label) {}

    /** Where an exercise stands in the method: its stage, that stage's verifiable outcomes and their milestones. */
    public record Place(Stage stage, List<Outcome> outcomes, List<Milestone> milestones) {}

    public Optional<Place> placeOf(Exercise exercise) {
        return stage(exercise.stage()).map(this::place);
    }

    /** A stage with its verifiable outcomes and the milestones they mark, as the stage's card shows it. */
    public Place place(Stage stage) {
        List<Outcome> outcomes = course.outcomes() == null
                ? List.of()
                : course.outcomes().stream()
                        .filter(o -> stage.id().equals(o.stage()))
                        .toList();
        List<Milestone> milestones = course.milestones() == null
                ? List.of()
                : course.milestones().stream()
                        .filter(m -> outcomes.stream().anyMatch(o -> m.id().equals(o.milestone())))
                        .toList();
        return new Place(stage, outcomes, milestones);
    }

    public Optional<Stage> stage(String id) {
        return id == null
                ? Optional.empty()
                : course.stages().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The stages beside an exercise: its own stage or, for an exercise whose board places the opportunity on a stage
     * (a field choosing from the course's stages), all of them.
     */
    public List<Place> stagesFor(Exercise exercise) {
        if (exercise.stage() != null) {
            return stage(exercise.stage()).map(this::place).stream().toList();
        }
        boolean choosesAStage = template(exercise.template()).stream()
                .flatMap(t -> t.sections().stream())
                .flatMap(s -> s.fields().stream())
                .map(Field::vocabulary)
                .flatMap(id -> vocabulary(id).stream())
                .anyMatch(v -> v.from() == CourseList.STAGES);
        return choosesAStage ? course.stages().stream().map(this::place).toList() : List.of();
    }

    /** The concept cards beside an exercise: those attached to it, then those attached to its stage. */
    public List<Card> cardsFor(Exercise exercise) {
        List<Card> mine = new java.util.ArrayList<>(
                cards.stream().filter(c -> c.attach().contains(exercise.id())).toList());
        cards.stream()
                .filter(c -> exercise.stage() != null && c.attach().contains(exercise.stage()))
                .filter(c -> !mine.contains(c))
                .forEach(mine::add);
        return mine;
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The exercises in the order the agenda runs them. */
    public List<Exercise> agendaExercises() {
        return course.agenda().days().stream()
                .flatMap(day -> day.units().stream())
                .flatMap(unit -> unit.exercises().stream())
                .map(this::exercise)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Vocabulary> vocabulary(String id) {
        return vocabularies.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Rubric> rubric(String id) {
        return rubrics.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
