package org.ssmclassroom.roleplay;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The case interview in the classroom, and every other conversation with a persona of the case: while a table's
 * exercise uses personas, the observer of the table (the role the pack names) ticks the targets the sales team
 * uncovers and tags each question; the meter fills on the table's tablets and on the console.
 */
@Service
public class InterviewService {

    /** Something changed at a table's interview; {@code revision} rises with every change. */
    public record Change(long revision, TableId table) {}

    private final InterviewRepository repository;
    private final PracticeRepository practice;
    private final WorkshopService workshops;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Subscribers<WorkshopId, Change> followers;
    private final AtomicLong revisions = new AtomicLong();

    InterviewService(
            InterviewRepository repository,
            PracticeRepository practice,
            WorkshopService workshops,
            TransactionTemplate transactions,
            Clock clock,
            org.ssmclassroom.base.ClusterBus bus) {
        this.followers = new Subscribers<WorkshopId, Change>()
                .acrossNodes(
                        bus,
                        new LiveTopic<>("interview", WorkshopId.class, TableId.class),
                        (id, table) -> new Change(revisions.incrementAndGet(), table),
                        Change::table);
        this.repository = repository;
        this.practice = practice;
        this.workshops = workshops;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One conversation of a table with one persona: its own targets, ticks among them and question tags. */
    public record Conversation(CaseFile.Persona persona, Discovery discovery) {}

    /**
     * A tablet's view of its table's conversations: one per persona the table talks to (the interview's, or those
     * of the exercise), each with its own checklist and meter, and whether this member observes (ticks and tags).
     */
    public record AtTheTable(List<Conversation> conversations, boolean observer) {

        public List<CaseFile.Persona> personas() {
            return conversations.stream().map(Conversation::persona).toList();
        }

        /** Whether this is the case's interview rather than another persona's conversation. */
        public boolean interview() {
            return personas().stream().anyMatch(CaseFile.Persona::isTheInterview);
        }
    }

    /** What the tablet shows while its table's exercise uses a persona of the case, from one look-up of the seat. */
    public Optional<AtTheTable> atTheTable(DeviceToken device) {
        return atTheInterview(device)
                .map(seat -> new AtTheTable(conversations(seat.table(), seat.personas()), observer(seat)));
    }

    /** Whether this tablet's member observes the interview now, and so ticks and tags. */
    public boolean observes(DeviceToken device) {
        return atTheTable(device).filter(AtTheTable::observer).isPresent();
    }

    /** Ticks (or, with {@code found} false, unticks) a target as uncovered by the table; the observer only. */
    public void mark(DeviceToken device, String targetId, boolean found) {
        Seat seat = observerSeat(device);
        if (targets(seat.personas()).stream().noneMatch(t -> t.id().equals(targetId))) {
            throw new ActionRefused("noSuchTarget", targetId);
        }
        transactions.executeWithoutResult(s ->
                repository.mark(seat.table(), targetId, found, seat.member().name(), clock.instant()));
        publish(seat);
    }

    /** Notes one question asked of the first persona the table talks to; see {@link #tag(DeviceToken, String, QuestionKind)}. */
    public void tag(DeviceToken device, QuestionKind kind) {
        tag(device, null, kind);
    }

    /**
     * Notes one question the sales team asked the persona {@code persona} (null: the first the table talks to), by
     * how it was put; the observer only. Two personas of one exercise keep their own tags.
     */
    public void tag(DeviceToken device, String persona, QuestionKind kind) {
        Seat seat = observerSeat(device);
        String conversation = conversation(talkingTo(seat, persona));
        transactions.executeWithoutResult(s ->
                repository.tag(seat.table(), conversation, kind, seat.member().name(), clock.instant()));
        publish(seat);
    }

    public void untag(DeviceToken device, QuestionKind kind) {
        untag(device, null, kind);
    }

    /** Takes back the last question of this kind the table's observer tagged, when a tap went to the wrong kind. */
    public void untag(DeviceToken device, String persona, QuestionKind kind) {
        Seat seat = observerSeat(device);
        String conversation = conversation(talkingTo(seat, persona));
        Boolean removed = transactions.execute(s -> repository.untag(seat.table(), conversation, kind));
        if (!Boolean.TRUE.equals(removed)) {
            throw new ActionRefused("noQuestionTagged");
        }
        publish(seat);
    }

    /** The persona of the seat's exercise by id, or its first for null; refused for any other. */
    private static CaseFile.Persona talkingTo(Seat seat, String persona) {
        if (persona == null) {
            return seat.personas().getFirst();
        }
        return seat.personas().stream()
                .filter(p -> p.id().equals(persona))
                .findFirst()
                .orElseThrow(() -> new ActionRefused("noSuchPersona"));
    }

    /**
     * Releases the case's update after the interview to every table (or takes it back): from then on each member
     * reads it on the tablet, whatever the table works on. False, changing nothing, when it already was so (a
     * second tap, or another instructor first).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public boolean releaseUpdate(WorkshopId id, boolean released) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        if (workshop.workshop().isArchived()) {
            throw new ActionRefused("archived");
        }
        if (updateOf(workshop).isEmpty()) {
            throw new ActionRefused("noInterviewUpdate");
        }
        String by = org.ssmclassroom.base.SignedIn.instructor();
        boolean changed = Boolean.TRUE.equals(transactions.execute(s -> {
            if (!released) {
                return repository.withdrawUpdate(id);
            }
            if (repository.updateReleased(id)) {
                return false;
            }
            repository.releaseUpdate(id, by, clock.instant());
            return true;
        }));
        if (changed) {
            followers.publish(id, new Change(revisions.incrementAndGet(), null));
        }
        return changed;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public boolean updateReleased(WorkshopId id) {
        return repository.updateReleased(id);
    }

    /** The case's update after the interview, once the instructor released it, for any member of the workshop. */
    public Optional<CaseFile.Document> updateFor(DeviceToken device) {
        return workshops
                .seatOf(device)
                .filter(seat ->
                        repository.updateReleased(seat.workshop().workshop().id()))
                .flatMap(seat -> updateOf(seat.workshop()));
    }

    /** The update document the case's interview names, if any. */
    public static Optional<CaseFile.Document> updateOf(WorkshopSnapshot workshop) {
        return workshop.pack()
                .caseData()
                .flatMap(c -> Optional.ofNullable(c.interview())
                        .map(CaseFile.Interview::update)
                        .flatMap(c::document));
    }

    /**
     * Every table's conversations, for the console: one per persona of the table's exercise, else the interview's;
     * empty when the case has no interview targets.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Conversation> classConversations(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        if (interviewOf(workshop).isEmpty()) {
            return List.of();
        }
        List<CaseFile.Persona> interview =
                List.of(CaseFile.Persona.of(interviewOf(workshop).get()));
        return workshop.tables().stream()
                .flatMap(t -> {
                    List<CaseFile.Persona> now = personasAt(workshop, t.exerciseId());
                    return conversations(t.id(), now.isEmpty() ? interview : now).stream();
                })
                .toList();
    }

    /** Every table's discovery, for the console: see {@link #classConversations(WorkshopId)}. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Discovery> classDiscovery(WorkshopId id) {
        return classConversations(id).stream().map(Conversation::discovery).toList();
    }

    /** A target of the interview: whether the table uncovered it, and whether its interview notes say it. */
    public record OnTheBoard(CaseFile.Target target, boolean uncovered, boolean written) {

        /** Uncovered and written; uncovered, not written yet; written, never uncovered; neither. */
        public enum State {
            NOTED,
            MISSING,
            UNHEARD,
            NOT_UNCOVERED
        }

        public State state() {
            if (uncovered) {
                return written ? State.NOTED : State.MISSING;
            }
            return written ? State.UNHEARD : State.NOT_UNCOVERED;
        }
    }

    /**
     * The interview board's check against the discovery: for each target, whether the table uncovered it (the
     * observer's ticks, or the table's own practice interviews) and whether the board says it. Empty for any
     * other board.
     */
    public Optional<List<OnTheBoard>> onTheBoard(BoardSnapshot board) {
        Optional<CaseFile.Interview> interview = board.pack()
                .caseData()
                .map(CaseFile::interview)
                .filter(i -> board.exercise().id().equals(i.exercise())
                        && !i.targets().isEmpty());
        if (interview.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> uncovered = new java.util.HashSet<>(repository.found(board.table()));
        uncovered.addAll(practice.foundByTable(board.table()));
        BoardContent content = board.content();
        List<String> notes = content.values().entrySet().stream()
                .filter(e ->
                        content.shows(e.getKey().item()) && !e.getValue().text().isBlank())
                .map(e -> e.getValue().text())
                .toList();
        java.util.Set<String> written = BoardMentions.mentioned(interview.get(), notes);
        return Optional.of(interview.get().targets().stream()
                .map(t -> new OnTheBoard(t, uncovered.contains(t.id()), written.contains(t.id())))
                .toList());
    }

    /**
     * A table's classroom conversations as an archive keeps them: every target ticked, and the questions tagged in
     * each conversation by persona (the key null: the interview's).
     */
    public record Kept(
            TableId table,
            java.util.Set<String> found,
            java.util.Map<String, java.util.Map<QuestionKind, Integer>> questions) {}

    /** Every table's classroom conversations, for the archive; empty when no persona of the case has targets. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Kept> kept(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        if (interviewOf(workshop).isEmpty()) {
            return List.of();
        }
        return workshop.tables().stream()
                .map(t -> new Kept(t.id(), repository.found(t.id()), repository.questionsByPersona(t.id())))
                .toList();
    }

    /** Whether any table of the workshop is at the case's interview, or at another persona's conversation, now. */
    public static boolean interviewOpen(WorkshopSnapshot workshop) {
        return interviewOf(workshop).isPresent()
                && workshop.tables().stream()
                        .anyMatch(t -> !personasAt(workshop, t.exerciseId()).isEmpty());
    }

    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return followers.subscribe(id, listener);
    }

    /** The table's conversation with each persona: ticks among that persona's targets, tags in its conversation. */
    private List<Conversation> conversations(TableId table, List<CaseFile.Persona> personas) {
        java.util.Set<String> ticked = repository.found(table);
        return personas.stream()
                .map(p -> new Conversation(p, discovery(table, p, ticked)))
                .toList();
    }

    private Discovery discovery(TableId table, CaseFile.Persona persona, java.util.Set<String> ticked) {
        java.util.Set<String> found = new java.util.HashSet<>();
        persona.targets().forEach(t -> {
            if (ticked.contains(t.id())) {
                found.add(t.id());
            }
        });
        return new Discovery(table, persona.targets(), found, repository.questions(table, conversation(persona)));
    }

    private static List<CaseFile.Target> targets(List<CaseFile.Persona> personas) {
        return personas.stream().flatMap(p -> p.targets().stream()).toList();
    }

    /**
     * The key a conversation's question tags are stored under: null for the interview's (as before personas), else
     * the persona's id. Target ids are unique across a case's personas, so ticks need no such key.
     */
    private static String conversation(CaseFile.Persona persona) {
        return persona.isTheInterview() ? null : persona.id();
    }

    /** The personas with targets that the exercise uses: the interview's in its exercise, or declared ones. */
    private static List<CaseFile.Persona> personasAt(WorkshopSnapshot workshop, String exercise) {
        if (exercise == null) {
            return List.of();
        }
        return workshop.pack().caseData().stream()
                .flatMap(c -> c.allPersonas().stream())
                .filter(p -> p.usedIn(exercise) && !p.targets().isEmpty())
                .toList();
    }

    private record Seat(
            WorkshopSnapshot workshop, TableId table, Participant member, List<CaseFile.Persona> personas) {}

    private Optional<Seat> atTheInterview(DeviceToken device) {
        return workshops.seatOf(device).flatMap(seat -> {
            WorkshopSnapshot workshop = seat.workshop();
            Optional<Participant> member = workshop.participant(seat.participant());
            if (member.isEmpty() || member.get().table() == null) {
                return Optional.empty();
            }
            TableId table = member.get().table();
            return workshop.table(table)
                    .map(t -> personasAt(workshop, t.exerciseId()))
                    .filter(personas -> !personas.isEmpty())
                    .map(personas -> new Seat(workshop, table, member.get(), personas));
        });
    }

    private Seat observerSeat(DeviceToken device) {
        Seat seat = atTheInterview(device).orElseThrow(() -> new ActionRefused("notAtTheInterview"));
        if (!observer(seat)) {
            throw new ActionRefused("notTheObserver");
        }
        if (seat.workshop().workshop().isClosed()) {
            throw new ActionRefused("workshopClosed");
        }
        return seat;
    }

    private static boolean observer(Seat seat) {
        List<String> held =
                seat.workshop().roles(seat.table()).getOrDefault(seat.member().id(), List.of());
        return seat.personas().stream()
                .map(CaseFile.Persona::observedBy)
                .anyMatch(role -> role != null && held.contains(role));
    }

    private static Optional<CaseFile.Interview> interviewOf(WorkshopSnapshot workshop) {
        return workshop.pack()
                .caseData()
                .map(CaseFile::interview)
                .filter(i -> i.exercise() != null && !i.targets().isEmpty());
    }

    private void publish(Seat seat) {
        followers.publish(seat.workshop().workshop().id(), new Change(revisions.incrementAndGet(), seat.table()));
    }
}
