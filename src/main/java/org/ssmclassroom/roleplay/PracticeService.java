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
     * Whether the table's tablets offer practice now: between exercises, and during an exercise one of the case's
     * personas belongs to; not in the middle of another exercise, where it would pull a trainee away.
     */
    public static boolean offered(WorkshopSnapshot workshop, org.ssmclassroom.base.TableId table) {
        List<CaseFile.Persona> personas = playable(workshop.pack());
        return !personas.isEmpty()
                && workshop.exercise(table)
                        .map(exercise -> personas.stream().anyMatch(p -> p.usedIn(exercise.id())))
                        .orElse(true);
    }

    /**
     * A persona in the workshop's language, for the choice, the chat's header and first line: its id, name, title,
     * greeting, what the conversation is for (empty for the interview's), and whether the table's exercise uses it.
     */
    public record Persona(
            String id, String name, String title, String greeting, String purpose, boolean now, boolean authored) {}

    /** The persona the tablet offers first: one of the table's exercise, else the interview's. */
    public Optional<Persona> persona(DeviceToken device) {
        return personas(device).stream().findFirst();
    }

    /**
     * Whom this tablet's trainee may practise with: the personas of the table's exercise first, then the others of
     * the case (between exercises, all in the case's order).
     */
    public List<Persona> personas(DeviceToken device) {
        return member(device).map(m -> personas(m.workshop(), m.participant())).orElse(List.of());
    }

    private static List<Persona> personas(WorkshopSnapshot workshop, Participant participant) {
        Optional<String> exercise = Optional.ofNullable(participant.table())
                .flatMap(workshop::exercise)
                .map(e -> e.id());
        List<Persona> now = new java.util.ArrayList<>();
        List<Persona> later = new java.util.ArrayList<>();
        for (CaseFile.Persona p : playable(workshop.pack())) {
            boolean current = exercise.filter(p::usedIn).isPresent();
            (current ? now : later).add(persona(workshop, p, current));
        }
        now.addAll(later);
        return List.copyOf(now);
    }

    /**
     * What a good conversation with the persona uncovers (the first offered, for {@code persona} null), for the
     * trainee to read before starting; empty in a blind run (the instructor's choice), when the feedback card is
     * the first place it shows.
     */
    public Optional<List<CaseFile.Target>> criteria(DeviceToken device, String persona) {
        return member(device)
                .filter(m -> !repository.blind(m.workshop().workshop().id()))
                .flatMap(m -> chosen(m, persona).map(CaseFile.Persona::targets));
    }

    public Optional<List<CaseFile.Target>> criteria(DeviceToken device) {
        return criteria(device, null);
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
     * The trainee's own practice history, per persona in the case's order: sessions alone and their table's, never
     * another trainee's alone. A session stored before personas (no persona) is the interview persona's.
     */
    public List<Progress> history(DeviceToken device) {
        return member(device)
                .map(m -> {
                    java.util.Map<String, List<PracticeSession>> byPersona = new java.util.LinkedHashMap<>();
                    playable(m.workshop().pack()).forEach(p -> byPersona.put(p.id(), new java.util.ArrayList<>()));
                    repository.ended(m.participant().id(), m.participant().table()).entrySet().stream()
                            .map(row -> session(row.getKey(), m.workshop(), row.getValue()))
                            .forEach(session -> byPersona
                                    .computeIfAbsent(session.persona(), k -> new java.util.ArrayList<>())
                                    .add(session));
                    List<Progress> progress = new java.util.ArrayList<>();
                    byPersona.forEach((persona, ended) -> {
                        if (!ended.isEmpty()) {
                            progress.add(progress(persona(m.workshop(), persona), ended));
                        }
                    });
                    return List.copyOf(progress);
                })
                .orElse(List.of());
    }

    private static Progress progress(Persona persona, List<PracticeSession> ended) {
        PracticeSession best = ended.getFirst();
        for (PracticeSession session : ended) {
            if (session.discovery().percent() > best.discovery().percent()) {
                best = session;
            }
        }
        return new Progress(persona, ended.getFirst(), best, ended.getLast(), ended.size());
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

    /** Starts an interview with the persona offered first; see {@link #start(DeviceToken, boolean, String)}. */
    public PracticeSession start(DeviceToken device, boolean asATable) {
        return start(device, asATable, null);
    }

    /**
     * Starts a conversation with the case's persona {@code persona} (null: the one offered first) alone or as the
     * table; the table's open one is joined rather than doubled, whichever persona it talks to.
     */
    public PracticeSession start(DeviceToken device, boolean asATable, String persona) {
        Member m = openMember(device);
        if (asATable && m.participant().table() == null) {
            throw new ActionRefused("noTable");
        }
        String played = chosen(m, persona)
                .orElseThrow(() -> new ActionRefused("noSuchPersona"))
                .id();
        var table = asATable ? m.participant().table() : null;
        PracticeSession.Id id;
        // The workshop's lock: the table's two members starting through two nodes join one interview (ADR 023).
        id = transactions.execute(s -> {
            workshops.lockUntilCommit(m.workshop().workshop().id());
            return repository
                    .open(m.participant().id(), table)
                    .map(PracticeRepository.Row::id)
                    .orElseGet(() -> repository.start(
                            m.workshop().workshop().id(), m.participant().id(), table, played, clock.instant()));
        });
        publish(m.workshop().workshop().id(), id);
        // The language model loads and the case's facts are read while the trainee types the first question.
        Thread.startVirtualThread(() -> partners.partner(m.workshop(), played));
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
                    partners.phrased(m.workshop(), session.persona(), text, reply),
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

    /** The persona of the workshop's case offered first between exercises, in the workshop's language. */
    public static Persona persona(WorkshopSnapshot workshop) {
        return persona(workshop, null);
    }

    /** A persona of the workshop's case by id (null: the interview's), in the workshop's language. */
    public static Persona persona(WorkshopSnapshot workshop, String id) {
        return persona(
                workshop,
                personaOf(workshop.pack(), id)
                        .orElseGet(() -> playable(workshop.pack()).getFirst()),
                false);
    }

    private static Persona persona(WorkshopSnapshot workshop, CaseFile.Persona persona, boolean now) {
        Locale language = workshop.workshop().language();
        String greeting = text(persona.style().greeting(), language);
        String purpose = text(persona.purpose(), language);
        boolean authored = persona.origin() == org.ssmclassroom.scenario.Origin.AUTHORED;
        return workshop.pack()
                .caseData()
                .flatMap(c -> c.person(persona.person()))
                .map(p -> new Persona(
                        persona.id(),
                        p.displayName(language),
                        p.title() == null ? "" : p.title().in(language),
                        greeting,
                        purpose,
                        now,
                        authored))
                .orElse(new Persona(persona.id(), persona.person(), "", greeting, purpose, now, authored));
    }

    /** The case's personas the computer can play (facts and a style), the interview's first. */
    public static List<CaseFile.Persona> playable(ScenarioPack pack) {
        return pack.caseData().stream()
                .flatMap(c -> c.allPersonas().stream())
                .filter(CaseFile.Persona::playable)
                .toList();
    }

    /** A playable persona of the case by id; null names the interview's, as sessions stored before personas do. */
    static Optional<CaseFile.Persona> personaOf(ScenarioPack pack, String id) {
        return pack.caseData().flatMap(c -> c.persona(id)).filter(CaseFile.Persona::playable);
    }

    /** The persona asked for, or the one offered first; empty when the case has no such persona to play. */
    private static Optional<CaseFile.Persona> chosen(Member m, String persona) {
        String id = persona != null
                ? persona
                : personas(m.workshop(), m.participant()).stream()
                        .findFirst()
                        .map(Persona::id)
                        .orElse(null);
        return id == null ? Optional.empty() : personaOf(m.workshop().pack(), id);
    }

    private record Member(WorkshopSnapshot workshop, Participant participant) {}

    private Optional<Member> member(DeviceToken device) {
        return workshops.seatOf(device).flatMap(seat -> {
            if (playable(seat.workshop().pack()).isEmpty()) {
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
        boolean mine = org.ssmclassroom.base.AloneOrAsATable.belongsTo(
                row.startedBy(),
                row.table(),
                m.participant().id(),
                m.participant().table());
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
        Optional<CaseFile.Persona> persona = personaOf(workshop.pack(), row.persona());
        List<CaseFile.Target> targets = persona.map(CaseFile.Persona::targets).orElse(List.of());
        // A session still open when its workshop closed ended with the class, at its last question: derived here,
        // where every session is read, so closing writes nothing of the practice's and no list says "in progress".
        java.time.Instant endedAt =
                row.endedAt() != null || !workshop.workshop().isClosed()
                        ? row.endedAt()
                        : turns.isEmpty() ? row.startedAt() : turns.getLast().at();
        return new PracticeSession(
                row.id(),
                row.workshop(),
                row.startedBy(),
                by,
                row.table(),
                row.startedAt(),
                endedAt,
                turns,
                targets,
                persona.map(CaseFile.Persona::id).orElse(row.persona()));
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
