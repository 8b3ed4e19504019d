package org.ssmclassroom.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardHistory;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scoring.ScoreSheet;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Participant;

/**
 * Holds an archive to what a live class can hold: the lengths the live screens keep, levels of the criterion,
 * criteria of the rubric, roles of the method, the two languages, dates of this century, and no more tables,
 * participants, entries, values or changes than a class could make. No list entry may be missing or given twice.
 * The first thing out of bounds is refused with its place (a JSON pointer); nothing has been written by then.
 */
final class ArchiveChecks {

    /** An archive's dates and times lie in this century, as a class's do. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("2099-12-31T23:59:59Z");

    /**
     * Per board, generous bounds on what a class writes live: lists hold 50 entries (a few lists a template, and
     * removed entries stay listed), a template's entries a dozen fields, and a change is one edit of one field.
     */
    static final int MAX_ITEMS_PER_BOARD = 1_000;

    static final int MAX_VALUES_PER_BOARD = 2_000;
    static final int MAX_CHANGES_PER_BOARD = 20_000;

    /** Database columns that no live screen names a limit for (ids, usernames, the pack's version). */
    static final int LONGEST_ID = 64;

    private static final int LONGEST_ITEM_ID = 100;
    private static final int LONGEST_USERNAME = 100;
    private static final int LONGEST_VERSION = 32;
    private static final int LONGEST_ROLES = 400;
    private static final Set<String> LANGUAGES =
            Set.of(LocalizedText.CHINESE.toLanguageTag(), Locale.ENGLISH.toLanguageTag());

    private final Method method;
    private final int maxParticipants;
    private final int maxTableMembers;

    ArchiveChecks(Method method, int maxParticipants, int maxTableMembers) {
        this.method = method;
        this.maxParticipants = maxParticipants;
        this.maxTableMembers = maxTableMembers;
    }

    void header(WorkshopArchive archive) {
        WorkshopArchive.Header header = archive.workshop();
        require(header, "/workshop");
        text(header.name(), "/workshop/name", NewWorkshop.LONGEST_NAME);
        require(header.date(), "/workshop/date");
        LocalDate date = header.date();
        if (date.isBefore(LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC))
                || date.isAfter(LocalDate.ofInstant(LATEST, ZoneOffset.UTC))) {
            throw new ActionRefused("archiveDate", "/workshop/date", date.toString(), first(), last());
        }
        text(header.pack(), "/workshop/pack", LONGEST_ID);
        optionalText(header.packVersion(), "/workshop/packVersion", LONGEST_VERSION);
        require(header.language(), "/workshop/language");
        if (!LANGUAGES.contains(header.language())) {
            throw new ActionRefused(
                    "archiveLanguage",
                    "/workshop/language",
                    header.language(),
                    String.join(", ", LANGUAGES.stream().sorted().toList()));
        }
        optionalTime(archive.exportedAt(), "/exportedAt");
    }

    void tables(List<WorkshopArchive.Table> tables) {
        if (tables.isEmpty() || tables.size() > NewWorkshop.MAX_TABLES) {
            throw new ActionRefused("archiveTables", NewWorkshop.MAX_TABLES);
        }
        Set<Integer> positions = new HashSet<>();
        int participants = 0;
        for (int t = 0; t < tables.size(); t++) {
            WorkshopArchive.Table table = tables.get(t);
            String at = "/tables/" + t;
            require(table, at);
            text(table.name(), at + "/name", NewWorkshop.LONGEST_TABLE_NAME);
            if (!positions.add(table.position())) {
                throw new ActionRefused("archiveDuplicateTable", table.position());
            }
            table(table, at);
            participants += table.participants().size();
            if (participants > maxParticipants) {
                throw new ActionRefused("archiveTooMany", "/tables (participants)", participants, maxParticipants);
            }
        }
    }

    void released(Collection<String> released) {
        for (String exercise : released) {
            exercise(exercise, "/released");
        }
    }

    private void table(WorkshopArchive.Table table, String at) {
        count(table.participants(), at + "/participants", maxTableMembers);
        for (int p = 0; p < table.participants().size(); p++) {
            member(table.participants().get(p), at + "/participants/" + p);
        }
        Set<String> names =
                table.participants().stream().map(WorkshopArchive.Member::name).collect(Collectors.toSet());
        Map<String, String> roleChoices = new HashMap<>();
        for (int r = 0; r < table.roles().size(); r++) {
            roles(table.roles().get(r), at + "/roles/" + r, names, roleChoices);
        }
        Map<String, String> timeUps = new HashMap<>();
        for (int u = 0; u < table.timeUps().size(); u++) {
            String place = at + "/timeUps/" + u;
            WorkshopArchive.TimeUp timeUp = table.timeUps().get(u);
            require(timeUp, place);
            exercise(timeUp.exercise(), place);
            time(timeUp.at(), place + "/at");
            once(timeUps, timeUp.exercise(), place);
        }
        Map<String, String> boards = new HashMap<>();
        for (int b = 0; b < table.boards().size(); b++) {
            String place = at + "/boards/" + b;
            WorkshopArchive.Board board = table.boards().get(b);
            require(board, place);
            exercise(board.exercise(), place);
            once(boards, board.exercise(), place);
            board(board, place);
        }
        Map<String, String> marks = new HashMap<>();
        for (int m = 0; m < table.marks().size(); m++) {
            mark(table.marks().get(m), at + "/marks/" + m, marks);
        }
        Map<String, String> agreed = new HashMap<>();
        for (int a = 0; a < table.agreed().size(); a++) {
            agreed(table.agreed().get(a), at + "/agreed/" + a, agreed);
        }
        Map<String, String> covered = new HashMap<>();
        for (int c = 0; c < table.coverage().size(); c++) {
            String place = at + "/coverage/" + c;
            WorkshopArchive.Covered mark = table.coverage().get(c);
            require(mark, place);
            exercise(mark.exercise(), place);
            text(mark.keyPoint(), place + "/keyPoint", LONGEST_ID);
            once(covered, mark.exercise() + "\n" + mark.keyPoint(), place);
        }
        if (table.spokesperson() != null && !names.contains(table.spokesperson())) {
            throw new ActionRefused("archiveNotAMember", at + "/spokesperson", table.spokesperson());
        }
        InterviewChecks.interview(table.interview(), at + "/interview");
        InterviewChecks.practice(table.practice(), at + "/practice", names);
        NegotiationArchiveChecks.negotiations(table.negotiations(), at + "/negotiations", names);
    }

    private static void member(WorkshopArchive.Member member, String at) {
        require(member, at);
        text(member.name(), at + "/name", Participant.Profile.LONGEST_NAME);
        text(member.company(), at + "/company", Participant.Profile.LONGEST_COMPANY);
        text(member.jobTitle(), at + "/jobTitle", Participant.Profile.LONGEST_JOB_TITLE);
        if (member.yearsInSales() < 0 || member.yearsInSales() > Participant.Profile.MOST_YEARS) {
            throw new ActionRefused(
                    "archiveOutOfRange",
                    at + "/yearsInSales",
                    member.yearsInSales(),
                    0,
                    Participant.Profile.MOST_YEARS);
        }
        time(member.joinedAt(), at + "/joinedAt");
    }

    private void roles(WorkshopArchive.Roles roles, String at, Set<String> names, Map<String, String> seen) {
        require(roles, at);
        exercise(roles.exercise(), at);
        if (!names.contains(roles.participant())) {
            throw new ActionRefused("archiveNoMember", at, roles.participant());
        }
        once(seen, roles.exercise() + "\n" + roles.participant(), at);
        require(roles.roles(), at + "/roles");
        Set<String> known =
                method.course().roles().stream().map(Method.Role::id).collect(Collectors.toSet());
        for (int r = 0; r < roles.roles().size(); r++) {
            String role = roles.roles().get(r);
            if (role == null) {
                throw new ActionRefused("archiveMissing", at + "/roles/" + r);
            }
            // An override that keeps only the table's own role is stored, and archived, as [""].
            if (!role.isEmpty() && !known.contains(role)) {
                throw new ActionRefused("archiveNoRole", at + "/roles/" + r, role);
            }
        }
        int length = String.join(",", roles.roles()).length();
        if (length > LONGEST_ROLES) {
            throw new ActionRefused("archiveTooLong", at + "/roles", length, LONGEST_ROLES);
        }
    }

    private void board(WorkshopArchive.Board board, String at) {
        count(board.entries(), at + "/entries", MAX_ITEMS_PER_BOARD);
        count(
                board.removed(),
                at + "/removed",
                MAX_ITEMS_PER_BOARD - board.entries().size());
        count(board.values(), at + "/values", MAX_VALUES_PER_BOARD);
        count(board.history(), at + "/history", MAX_CHANGES_PER_BOARD);
        Optional<Method.Template> template =
                method.exercise(board.exercise()).flatMap(e -> method.template(e.template()));
        Map<String, Integer> bySection = new HashMap<>();
        for (int i = 0; i < board.entries().size(); i++) {
            String place = at + "/entries/" + i;
            BoardContent.Item item = board.entries().get(i);
            require(item, place);
            itemId(item.id(), place + "/id");
            String section = item.section();
            int entries = bySection.merge(section, 1, Integer::sum);
            int most = template.flatMap(t -> section(t, section))
                    .map(s ->
                            s.kind() == Method.SectionKind.LIST && s.max() != null ? s.max() : BoardService.MAX_ENTRIES)
                    .orElse(BoardService.MAX_ENTRIES);
            if (entries > most) {
                throw new ActionRefused("archiveTooMany", at + "/entries (" + section + ")", entries, most);
            }
        }
        for (int i = 0; i < board.removed().size(); i++) {
            String place = at + "/removed/" + i;
            require(board.removed().get(i), place);
            itemId(board.removed().get(i).id(), place + "/id");
        }
        Map<String, String> values = new HashMap<>();
        for (int v = 0; v < board.values().size(); v++) {
            String place = at + "/values/" + v;
            WorkshopArchive.Value value = board.values().get(v);
            require(value, place);
            itemId(value.item(), place + "/item");
            text(value.field(), place + "/field", LONGEST_ID);
            require(value.text(), place + "/text");
            length(value.text(), place + "/text", longest(template, value.item(), value.field()));
            present(value.author(), place + "/author", LONGEST_USERNAME);
            time(value.at(), place + "/at");
            once(values, value.item() + "\n" + value.field(), place);
        }
        for (int h = 0; h < board.history().size(); h++) {
            String place = at + "/history/" + h;
            BoardHistory.Change change = board.history().get(h);
            require(change, place);
            itemId(change.item(), place + "/item");
            optionalText(change.field(), place + "/field", LONGEST_ID);
            int longest = change.field() == null ? 1 : longest(template, change.item(), change.field());
            length(change.oldValue(), place + "/oldValue", longest);
            length(change.newValue(), place + "/newValue", longest);
            present(change.author(), place + "/author", LONGEST_USERNAME);
            time(change.changedAt(), place + "/changedAt");
            optionalTime(change.undoneAt(), place + "/undoneAt");
        }
    }

    private void mark(WorkshopArchive.Mark mark, String at, Map<String, String> seen) {
        require(mark, at);
        ScoreSheet.Mark m = mark.mark();
        require(m, at + "/mark");
        Method.Criterion criterion = criterion(mark.exercise(), m.criterion(), at);
        text(m.scorer(), at + "/mark/scorer", LONGEST_USERNAME);
        if (m.points() != null) {
            level(criterion, m.points(), at + "/mark/points");
        }
        optionalText(m.comment(), at + "/mark/comment", ScoringService.COMMENT_LIMIT);
        if (m.evidence() != null) {
            count(m.evidence(), at + "/mark/evidence", MAX_ITEMS_PER_BOARD);
            for (String item : m.evidence()) {
                require(item, at + "/mark/evidence");
                itemId(item, at + "/mark/evidence");
            }
        }
        once(seen, mark.exercise() + "\n" + m.criterion() + "\n" + m.scorer(), at);
    }

    private void agreed(WorkshopArchive.Agreed agreed, String at, Map<String, String> seen) {
        require(agreed, at);
        ScoreSheet.Agreed a = agreed.agreed();
        require(a, at + "/agreed");
        Method.Criterion criterion = criterion(agreed.exercise(), a.criterion(), at);
        level(criterion, a.points(), at + "/agreed/points");
        optionalText(a.comment(), at + "/agreed/comment", ScoringService.COMMENT_LIMIT);
        text(a.agreedBy(), at + "/agreed/agreedBy", LONGEST_USERNAME);
        once(seen, agreed.exercise() + "\n" + a.criterion(), at);
    }

    private Method.Criterion criterion(String exercise, String criterion, String at) {
        Method.Exercise scored = exercise(exercise, at);
        Method.Rubric rubric = Optional.ofNullable(scored.rubric())
                .flatMap(method::rubric)
                .orElseThrow(() -> new ActionRefused("archiveNoRubric", at, exercise));
        require(criterion, at + "/criterion");
        return rubric.criterion(criterion)
                .orElseThrow(() -> new ActionRefused("archiveNoCriterion", at, criterion, exercise));
    }

    private static void level(Method.Criterion criterion, int points, String at) {
        if (criterion.level(points).isEmpty()) {
            throw new ActionRefused(
                    "archiveNotALevel",
                    at,
                    points,
                    criterion.id(),
                    criterion.levels().stream()
                            .map(l -> String.valueOf(l.points()))
                            .collect(Collectors.joining(", ")));
        }
    }

    private Method.Exercise exercise(String exercise, String at) {
        return Optional.ofNullable(exercise)
                .flatMap(method::exercise)
                .orElseThrow(() -> new ActionRefused("archiveNoExercise", at, String.valueOf(exercise)));
    }

    /** The most characters a live edit writes into this field; a field this pack's template lacks, the most of any. */
    private static int longest(Optional<Method.Template> template, String item, String field) {
        return template.flatMap(t -> section(t, BoardItemId.parse(item).section()))
                .flatMap(s -> s.fields() == null
                        ? Optional.empty()
                        : s.fields().stream().filter(f -> f.id().equals(field)).findFirst())
                .map(f -> f.type().maxLength())
                .orElse(Method.FieldType.LONG_TEXT.maxLength());
    }

    private static Optional<Method.Section> section(Method.Template template, String id) {
        return template.sections().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A board entry's id names its section before a slash, as every id a live board makes does. */
    private static void itemId(String id, String at) {
        text(id, at, LONGEST_ITEM_ID);
        if (BoardItemId.read(id).isEmpty()) {
            throw new ActionRefused("archiveItemId", at, id);
        }
    }

    static void once(Map<String, String> seen, String key, String at) {
        String first = seen.putIfAbsent(key, at);
        if (first != null) {
            throw new ActionRefused("archiveInconsistent", at, first);
        }
    }

    static void count(Collection<?> list, String at, int most) {
        if (list.size() > most) {
            throw new ActionRefused("archiveTooMany", at, list.size(), Math.max(most, 0));
        }
    }

    static void text(String value, String at, int longest) {
        require(value, at);
        length(value, at, longest);
    }

    /** Given, though perhaps empty (a seeded entry's author). */
    static void present(String value, String at, int longest) {
        if (value == null) {
            throw new ActionRefused("archiveMissing", at);
        }
        length(value, at, longest);
    }

    private static void optionalText(String value, String at, int longest) {
        length(value, at, longest);
    }

    static void length(String value, String at, int longest) {
        if (value != null && value.length() > longest) {
            throw new ActionRefused("archiveTooLong", at, value.length(), longest);
        }
    }

    static void time(Instant at, String place) {
        require(at, place);
        optionalTime(at, place);
    }

    static void optionalTime(Instant at, String place) {
        if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
            throw new ActionRefused("archiveDate", place, at.toString(), first(), last());
        }
    }

    private static String first() {
        return LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC).toString();
    }

    private static String last() {
        return LocalDate.ofInstant(LATEST, ZoneOffset.UTC).toString();
    }

    static void require(Object value, String path) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new ActionRefused("archiveMissing", path);
        }
    }
}
