package org.ssmclassroom.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardHistory;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.scoring.ScoreSheet;

/**
 * A workshop as one JSON document that another server can read: the workshop, its tables, participants,
 * spokespeople, role choices, every board with its history, the scores, agreed scores, coverage marks, releases,
 * the case interview's ticks and tags, and the practice interviews. Version 1; its format (and what it leaves out) is described in
 * docs/archive-format.md. Device tokens are never in it.
 */
public record WorkshopArchive(
        String format,
        int version,
        Instant exportedAt,
        Header workshop,
        List<Table> tables,
        Set<String> released,
        Boolean interviewUpdateReleased) {

    /** Archives made before the interview was archived read as not released. */
    public WorkshopArchive {
        interviewUpdateReleased = Boolean.TRUE.equals(interviewUpdateReleased);
    }

    public static final String FORMAT = "ssm-classroom/workshop-archive";
    public static final int VERSION = 1;

    public record Header(
            String name,
            LocalDate date,
            String pack,
            String packVersion,
            String language,
            String state,
            String createdBy) {}

    public record Table(
            int position,
            String name,
            List<Member> participants,
            List<Roles> roles,
            List<Board> boards,
            List<Mark> marks,
            List<Agreed> agreed,
            List<Covered> coverage,
            List<TimeUp> timeUps,
            String spokesperson,
            Interview interview,
            List<Practice> practice,
            List<Negotiation> negotiations) {

        /** A list an archive leaves out is empty; so is an interview. */
        public Table {
            interview = interview == null ? new Interview(List.of(), Map.of()) : interview;
            participants = orEmpty(participants);
            roles = orEmpty(roles);
            boards = orEmpty(boards);
            marks = orEmpty(marks);
            agreed = orEmpty(agreed);
            coverage = orEmpty(coverage);
            timeUps = orEmpty(timeUps);
            practice = orEmpty(practice);
            negotiations = orEmpty(negotiations);
        }
    }

    public record Member(String name, String company, String jobTitle, int yearsInSales, Instant joinedAt) {}

    /** The instructor's choice of roles for a member in an exercise (the rotation gives the others). */
    public record Roles(String exercise, String participant, List<String> roles) {}

    public record Board(
            String exercise,
            boolean unlocked,
            List<BoardContent.Item> entries,
            List<BoardContent.Item> removed,
            List<Value> values,
            List<BoardHistory.Change> history) {

        public Board {
            entries = orEmpty(entries);
            removed = orEmpty(removed);
            values = orEmpty(values);
            history = orEmpty(history);
        }

        static Board of(BoardService.BoardRecord record) {
            List<Value> values = new ArrayList<>();
            record.content()
                    .values()
                    .forEach((key, value) -> values.add(new Value(
                            key.item(), key.field(), value.text(), value.version(), value.author(), value.at())));
            values.sort(java.util.Comparator.comparing(Value::item).thenComparing(Value::field));
            return new Board(
                    record.exerciseId(),
                    record.unlocked(),
                    record.content().items(),
                    record.removed(),
                    values,
                    record.history());
        }

        /** The board as the board feature writes it back. */
        BoardService.BoardRecord record() {
            Map<BoardContent.ValueKey, BoardContent.Value> written = new java.util.LinkedHashMap<>();
            values.forEach(v -> written.put(
                    new BoardContent.ValueKey(v.item(), v.field()),
                    new BoardContent.Value(v.text(), v.version(), v.author(), v.at())));
            return new BoardService.BoardRecord(
                    exercise, unlocked, new BoardContent(entries, written), removed, history);
        }
    }

    public record Value(String item, String field, String text, int version, String author, Instant at) {}

    public record Mark(String exercise, ScoreSheet.Mark mark) {}

    public record Agreed(String exercise, ScoreSheet.Agreed agreed) {}

    public record Covered(String exercise, String keyPoint, boolean covered) {}

    public record TimeUp(String exercise, Instant at) {}

    /**
     * An interview with the practice partner, started by a member of the table: their own, or the whole table's.
     *
     * @param endedAt null when the trainee never ended it
     * @param persona the case's persona it talked to; null for the interview's (and in archives made before)
     */
    public record Practice(
            String startedBy,
            boolean asATable,
            Instant startedAt,
            Instant endedAt,
            List<PracticeSession.Turn> turns,
            String persona) {

        public Practice {
            turns = orEmpty(turns);
        }
    }

    /**
     * A negotiation with the computer customer (exercise 10), started by a member of the table: their own, or the
     * whole table's, with every proposal and reply.
     *
     * @param endedAt null when it never ended
     */
    public record Negotiation(
            String startedBy,
            boolean asATable,
            Instant startedAt,
            Instant endedAt,
            List<org.ssmclassroom.negotiation.Round> rounds) {

        public Negotiation {
            rounds = orEmpty(rounds);
        }
    }

    /**
     * The case interview at a table: the targets its observer ticked (in any persona's conversation), its questions
     * tagged by kind, and those tagged in the conversations with other personas, by persona.
     */
    public record Interview(
            List<String> found, Map<String, Integer> questions, Map<String, Map<String, Integer>> conversations) {

        public Interview {
            found = orEmpty(found);
            questions = questions == null ? Map.of() : questions;
            conversations = conversations == null ? Map.of() : conversations;
        }

        public Interview(List<String> found, Map<String, Integer> questions) {
            this(found, questions, Map.of());
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
