package org.ssmclassroom.roleplay;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.StripedLocks;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * Practice with the computer persona: a trainee, or a whole table, interviews the practice partner in the
 * workshop's language. Every question and answer is stored as it is asked (one transaction), the meter fills
 * from the answers, and the instructor sees every session of the workshop.
 */
@Service
public class PracticeService {

    /** The longest question taken, in characters. */
    public static final int QUESTION_LIMIT = 500;

    /** Something changed in a practice session of the workshop; {@code revision} rises with every change. */
    public record Change(long revision, PracticeSession.Id session) {}

    private final PracticeRepository repository;
    private final WorkshopService workshops;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Subscribers<WorkshopId, Change> followers;
    private final AtomicLong revisions = new AtomicLong();
    private static final LiveTopic<WorkshopId, PracticeSession.Id> TOPIC =
            new LiveTopic<>("practice", WorkshopId.class, PracticeSession.Id.class);
    private final StripedLocks locks = new StripedLocks(64);
    private final PartnerConversations partners;

    PracticeService(
            PracticeRepository repository,
            WorkshopService workshops,
            TransactionTemplate transactions,
            Clock clock,
            PartnerConversations partners,
            org.ssmclassroom.base.ClusterBus bus) {
        this.followers = new Subscribers<WorkshopId, Change>()
                .acrossNodes(
                        bus, TOPIC, (id, session) -> new Change(revisions.incrementAndGet(), session), Change::session);
        this.repository = repository;
        this.workshops = workshops;
        this.transactions = transactions;
        this.clock = clock;
        this.partners = partners;
    }

    /** Whether this tablet's trainee may practise: seated in an open workshop whose case has a persona to play. */
    public boolean available(DeviceToken device) {
        return member(device).filter(m -> !m.workshop().workshop().isClosed()).isPresent();
    }

    /**
     * Whether the table's tablets offer practice now: between exercises, and during the exercise the persona
     * belongs to (the interview's); not in the middle of another exercise, where it would pull a trainee away.
     */
    public static boolean offered(WorkshopSnapshot workshop, org.ssmclassroom.base.TableId table) {
        return interviewOf(workshop.pack())
                .map(interview -> workshop.exercise(table)
                        .map(exercise -> exercise.id().equals(interview.exercise()))
                        .orElse(true))
                .orElse(false);
    }

    /** The persona's name and greeting in the workshop's language, for the chat's header and first line. */
    public record Persona(String name, String title, String greeting) {}

    public Optional<Persona> persona(DeviceToken device) {
        return member(device).map(m -> persona(m.workshop()));
    }

    /**
     * What a good interview uncovers, for the trainee to read before starting; empty in a blind run (the
     * instructor's choice), when the feedback card is the first place it shows.
     */
    public Optional<List<CaseFile.Target>> criteria(DeviceToken device) {
        return member(device)
                .filter(m -> !repository.blind(m.workshop().workshop().id()))
                .flatMap(m -> interviewOf(m.workshop().pack()).map(CaseFile.Interview::targets));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public boolean blind(WorkshopId workshop) {
        workshops.snapshot(workshop);
        return repository.blind(workshop);
    }

    /** A blind run hides the criteria from the trainees' start screens until they have practised. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void setBlind(WorkshopId workshop, boolean blind) {
        workshops.snapshot(workshop);
        transactions.executeWithoutResult(s -> repository.setBlind(workshop, blind));
        publish(workshop, null);
    }

    /** A trainee's practice with one persona so far: the first, the best and the latest ended session. */
    public record Progress(
            Persona persona, PracticeSession first, PracticeSession best, PracticeSession latest, int sessions) {}

    /**
     * The trainee's own practice history, per persona: sessions alone and their table's, never another trainee's
     * alone. Every session talks to the case's interview persona so far.
     */
    public List<Progress> history(DeviceToken device) {
        return member(device)
                .map(m -> {
                    List<PracticeSession> ended =
                            repository
                                    .ended(m.participant().id(), m.participant().table())
                                    .stream()
                                    .map(row -> session(row, m.workshop()))
                                    .toList();
                    if (ended.isEmpty()) {
                        return List.<Progress>of();
                    }
                    PracticeSession best = ended.getFirst();
                    for (PracticeSession session : ended) {
                        if (session.discovery().percent() > best.discovery().percent()) {
                            best = session;
                        }
                    }
                    return List.of(
                            new Progress(persona(m.workshop()), ended.getFirst(), best, ended.getLast(), ended.size()));
                })
                .orElse(List.of());
    }

    /** The session this tablet is in now: the trainee's own, or the table's. */
    public Optional<PracticeSession> current(DeviceToken device) {
        return member(device)
                .flatMap(m -> repository
                        .open(m.participant().id(), null)
                        .or(() -> Optional.ofNullable(m.participant().table()).flatMap(t -> repository.open(null, t)))
                        .map(row -> session(row, m.workshop())));
    }

    /** The last session this trainee finished, alone or with the table, for its feedback card. */
    public Optional<PracticeSession> lastEnded(DeviceToken device) {
        return member(device).flatMap(this::lastEnded);
    }

    /** The feedback card of the last session this trainee finished, alone or with the table. */
    public Optional<PracticeFeedback> lastFeedback(DeviceToken device) {
        return member(device)
                .flatMap(m ->
                        lastEnded(m).map(last -> feedback(last, m.workshop().pack())));
    }

    private Optional<PracticeSession> lastEnded(Member m) {
        return repository
                .lastEnded(m.participant().id(), m.participant().table())
                .map(row -> session(row, m.workshop()));
    }

    /** Starts an interview alone or as the table; the table's open one is joined rather than doubled. */
    public PracticeSession start(DeviceToken device, boolean asATable) {
        Member m = openMember(device);
        if (asATable && m.participant().table() == null) {
            throw new ActionRefused("noTable");
        }
        var table = asATable ? m.participant().table() : null;
        PracticeSession.Id id;
        // The workshop's lock: the table's two members starting through two nodes join one interview (ADR 023).
        id = transactions.execute(s -> {
            workshops.lockUntilCommit(m.workshop().workshop().id());
            return repository
                    .open(m.participant().id(), table)
                    .map(PracticeRepository.Row::id)
                    .orElseGet(() -> repository.start(
                            m.workshop().workshop().id(), m.participant().id(), table, clock.instant()));
        });
        publish(m.workshop().workshop().id(), id);
        // The language model loads and the case's facts are read while the trainee types the first question.
        Thread.startVirtualThread(() -> partners.partner(m.workshop()));
        return session(repository.find(id).orElseThrow(), m.workshop());
    }

    /**
     * Asks the persona one question: the partner's answer (phrased by the optional endpoint from the fact it
     * retrieved, else the pack's line) is stored with the question in one transaction and shown to the table.
     */
    public PracticeSession.Turn ask(DeviceToken device, PracticeSession.Id id, String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new ActionRefused("emptyQuestion");
        }
        if (text.length() > QUESTION_LIMIT) {
            throw new ActionRefused("tooLong", QUESTION_LIMIT);
        }
        Member m = openMember(device);
        PracticeSession.Turn turn;
        synchronized (locks.of(id.value())) {
            PracticeSession session = ownSession(m, id);
            if (session.ended()) {
                throw new ActionRefused("practiceEnded");
            }
            PracticePartner.Reply reply =
                    partners.conversation(session, m.workshop()).ask(text);
            turn = new PracticeSession.Turn(
                    session.turns().size() + 1,
                    m.participant().name(),
                    text,
                    reply.kind(),
                    reply.targets(),
                    partners.phrased(m.workshop(), text, reply),
                    clock.instant());
            try {
                transactions.executeWithoutResult(s -> repository.add(id, turn));
            } catch (DuplicateKeyException elsewhere) {
                partners.forget(id);
                throw new ActionRefused("askAgain");
            } catch (RuntimeException failed) {
                partners.forget(id);
                throw failed;
            }
            partners.stored(id);
        }
        publish(m.workshop().workshop().id(), id);
        return turn;
    }

    /** Ends the interview; its feedback card is what the trainee sees next. */
    public PracticeSession end(DeviceToken device, PracticeSession.Id id) {
        Member m = openMember(device);
        ownSession(m, id);
        transactions.executeWithoutResult(s -> repository.end(id, clock.instant()));
        partners.forget(id);
        publish(m.workshop().workshop().id(), id);
        return session(repository.find(id).orElseThrow(), m.workshop());
    }

    /** The feedback card of a session: found and missed targets, the question mix, the time taken. */
    public static PracticeFeedback feedback(PracticeSession session, ScenarioPack pack) {
        return PracticeFeedback.of(session, pack);
    }

    /** Every practice session of the workshop, oldest first, for the instructor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<PracticeSession> sessions(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        var turns = repository.turnsOf(id);
        return repository.ofWorkshop(id).stream()
                .map(row -> session(row, workshop, turns.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<PracticeSession> session(WorkshopId workshop, PracticeSession.Id id) {
        return repository
                .find(id)
                .filter(row -> row.workshop().equals(workshop))
                .map(row -> session(row, workshops.snapshot(workshop)));
    }

    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return followers.subscribe(id, listener);
    }

    /** The persona of the workshop's case, in the workshop's language. */
    public static Persona persona(WorkshopSnapshot workshop) {
        Locale language = workshop.workshop().language();
        CaseFile.Interview interview = interviewOf(workshop.pack()).orElseThrow();
        CaseFile caseFile = workshop.pack().caseData().orElseThrow();
        return caseFile.person(interview.persona())
                .map(p -> new Persona(
                        p.displayName(language),
                        p.title() == null ? "" : p.title().in(language),
                        text(interview.style().greeting(), language)))
                .orElse(new Persona(
                        interview.persona(), "", text(interview.style().greeting(), language)));
    }

    private record Member(WorkshopSnapshot workshop, Participant participant) {}

    private Optional<Member> member(DeviceToken device) {
        return workshops.seatOf(device).flatMap(seat -> {
            if (interviewOf(seat.workshop().pack()).isEmpty()) {
                return Optional.empty();
            }
            return seat.workshop().participant(seat.participant()).map(p -> new Member(seat.workshop(), p));
        });
    }

    private Member openMember(DeviceToken device) {
        Member m = member(device).orElseThrow(() -> new ActionRefused("noPractice"));
        if (m.workshop().workshop().isClosed()) {
            throw new ActionRefused("workshopClosed");
        }
        return m;
    }

    /** The session, if it is this trainee's own or the table's the trainee sits at. */
    private PracticeSession ownSession(Member m, PracticeSession.Id id) {
        PracticeRepository.Row row = repository.find(id).orElseThrow(() -> new ActionRefused("notYourPractice"));
        boolean mine = row.table() == null
                ? row.startedBy().equals(m.participant().id())
                : row.table().equals(m.participant().table());
        if (!mine || !row.workshop().equals(m.workshop().workshop().id())) {
            throw new ActionRefused("notYourPractice");
        }
        return session(row, m.workshop());
    }

    private PracticeSession session(PracticeRepository.Row row, WorkshopSnapshot workshop) {
        return session(row, workshop, repository.turns(row.id()));
    }

    private PracticeSession session(
            PracticeRepository.Row row, WorkshopSnapshot workshop, List<PracticeSession.Turn> turns) {
        String by = workshop.participant(row.startedBy()).map(Participant::name).orElse("?");
        List<CaseFile.Target> targets =
                interviewOf(workshop.pack()).map(CaseFile.Interview::targets).orElse(List.of());
        // A session still open when its workshop closed ended with the class, at its last question: derived here,
        // where every session is read, so closing writes nothing of the practice's and no list says "in progress".
        java.time.Instant endedAt =
                row.endedAt() != null || !workshop.workshop().isClosed()
                        ? row.endedAt()
                        : turns.isEmpty() ? row.startedAt() : turns.getLast().at();
        return new PracticeSession(
                row.id(), row.workshop(), row.startedBy(), by, row.table(), row.startedAt(), endedAt, turns, targets);
    }

    static Optional<CaseFile.Interview> interviewOf(ScenarioPack pack) {
        return pack.caseData().map(CaseFile::interview).filter(i -> !i.facts().isEmpty() && i.style() != null);
    }

    static String text(LocalizedText text, Locale language) {
        return text == null ? "" : text.in(language);
    }

    private void publish(WorkshopId workshop, PracticeSession.Id session) {
        followers.publish(workshop, new Change(revisions.incrementAndGet(), session));
    }
}
