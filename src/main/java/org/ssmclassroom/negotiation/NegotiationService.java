package org.ssmclassroom.negotiation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * Negotiating with the computer customer in exercise 10: a trainee, or a whole table, proposes a package over the
 * case's issues and reads the customer's reply in its persona's voice. Every proposal and reply is stored in one
 * transaction as it is made; alone it is the trainee's and the instructor's to see, as a table the table's and the
 * instructor's, and the instructor sees every negotiation of the workshop (ADR 031).
 */
@Service
public class NegotiationService {

    /** The longest criterion or typed option taken, in characters. */
    public static final int TEXT_LIMIT = 200;

    /** Something changed in a negotiation of the workshop; {@code revision} rises with every change. */
    public record Change(long revision, Negotiation.Id negotiation) {}

    /** What a trainee chose or typed for one issue, and the option of another issue it is offered on, if any. */
    public record Draft(String issue, String option, String conditionIssue, String conditionOption) {}

    /** One of the pack's options for an issue, in the workshop's language. */
    public record Option(String id, String label) {}

    /**
     * One issue as the tablet offers it: its name, the choices to prefill (the table's board options first, then
     * the pack's), and the pack's options (which a condition names).
     */
    public record Issue(String id, String name, String title, List<String> choices, List<Option> options) {}

    /** Who the computer plays, its opening line, the issues, and whether the pack authors wrote the counterpart. */
    public record Setting(String persona, String title, String opening, List<Issue> issues, boolean authored) {}

    private static final LiveTopic<WorkshopId, Negotiation.Id> TOPIC =
            new LiveTopic<>("negotiation", WorkshopId.class, Negotiation.Id.class);

    private final NegotiationRepository repository;
    private final WorkshopService workshops;
    private final BoardService boards;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong revisions = new AtomicLong();
    private final Subscribers<WorkshopId, Change> followers;

    NegotiationService(
            NegotiationRepository repository,
            WorkshopService workshops,
            BoardService boards,
            TransactionTemplate transactions,
            Clock clock,
            ClusterBus bus) {
        this.repository = repository;
        this.workshops = workshops;
        this.boards = boards;
        this.transactions = transactions;
        this.clock = clock;
        this.followers = new Subscribers<WorkshopId, Change>()
                .acrossNodes(
                        bus,
                        TOPIC,
                        (id, negotiation) -> new Change(revisions.incrementAndGet(), negotiation),
                        Change::negotiation);
    }

    /** Whether this tablet's trainee may negotiate now: seated, the workshop open, its table in the negotiation. */
    public boolean available(DeviceToken device) {
        return member(device)
                .filter(m -> !m.workshop().workshop().isClosed())
                .filter(m -> atTheNegotiation(m))
                .isPresent();
    }

    /** The persona, opening and issues, with the table's own board options to choose from. */
    public Optional<Setting> setting(DeviceToken device) {
        return member(device).map(m -> {
            Locale language = language(m.workshop());
            ComputerCustomer customer = m.customer();
            CaseFile caseFile = m.workshop().pack().caseData().orElseThrow();
            Map<String, List<String>> written = boardOptions(device, m);
            List<Issue> issues = new ArrayList<>();
            for (CaseFile.CounterpartIssue issue : customer.issues()) {
                List<Option> options = issue.options().stream()
                        .map(o -> new Option(o.id(), o.label().in(language)))
                        .toList();
                Set<String> choices = new LinkedHashSet<>(written.getOrDefault(issue.issue(), List.of()));
                options.forEach(o -> choices.add(o.label()));
                String title = caseFile.negotiation().issues().stream()
                        .filter(i -> i.id().equals(issue.issue()))
                        .map(i -> i.title().in(language))
                        .findFirst()
                        .orElse(issue.issue());
                issues.add(new Issue(issue.issue(), issue.name().in(language), title, List.copyOf(choices), options));
            }
            CaseFile.Person persona =
                    caseFile.person(customer.counterpart().persona()).orElseThrow();
            return new Setting(
                    persona.displayName(language),
                    persona.title() == null ? "" : persona.title().in(language),
                    caseFile.negotiation().scenario() == null
                            ? ""
                            : caseFile.negotiation().scenario().in(language),
                    List.copyOf(issues),
                    customer.counterpart().origin() == org.ssmclassroom.scenario.Origin.AUTHORED);
        });
    }

    /** The options the table wrote on its negotiation board, per issue, one per line or semicolon. */
    private Map<String, List<String>> boardOptions(DeviceToken device, Member m) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        Optional<Method.Exercise> exercise = negotiationExercise(m.workshop());
        if (m.participant().table() == null || exercise.isEmpty()) {
            return written;
        }
        boards.boardOf(device, exercise.get().id()).ifPresent(board -> {
            for (CaseFile.CounterpartIssue issue : m.customer().issues()) {
                String item = new BoardItemId("issues", "case-" + issue.issue()).toString();
                List<String> options = new ArrayList<>();
                for (String field : List.of("options", "tradeoffs")) {
                    for (String part : board.content().text(item, field).split("[;；\\n]")) {
                        if (!part.isBlank() && part.strip().length() <= TEXT_LIMIT) {
                            options.add(part.strip());
                        }
                    }
                }
                written.put(issue.issue(), options);
            }
        });
        return written;
    }

    /** The negotiation this tablet is in now: the trainee's own, or the table's. */
    public Optional<Negotiation> current(DeviceToken device) {
        return member(device)
                .flatMap(m -> repository
                        .open(m.participant().id(), null)
                        .or(() -> Optional.ofNullable(m.participant().table()).flatMap(t -> repository.open(null, t)))
                        .map(row -> negotiation(row, m.workshop()))
                        // One left open when the workshop closed reads as ended: nothing more to propose.
                        .filter(n -> !n.ended()));
    }

    /** The last negotiation this trainee finished, alone or with the table, for its end card. */
    public Optional<Negotiation> lastEnded(DeviceToken device) {
        return member(device)
                .flatMap(m -> repository
                        .lastEnded(m.participant().id(), m.participant().table())
                        .map(row -> negotiation(row, m.workshop())));
    }

    /** Every negotiation this trainee finished, alone or with the table, oldest first, for the take-away. */
    public List<Negotiation> ended(DeviceToken device) {
        return member(device)
                .map(m -> repository
                        .withRounds(m.participant().id(), m.participant().table())
                        .entrySet()
                        .stream()
                        .map(e -> negotiation(e.getKey(), m.workshop(), e.getValue()))
                        .filter(Negotiation::ended)
                        .toList())
                .orElse(List.of());
    }

    /** Starts a negotiation alone or as the table; the table's open one is joined rather than doubled. */
    public Negotiation start(DeviceToken device, boolean asATable) {
        Member m = openMember(device);
        if (asATable && m.participant().table() == null) {
            throw new ActionRefused("noTable");
        }
        var table = asATable ? m.participant().table() : null;
        Negotiation.Id id = transactions.execute(s -> {
            // The workshop's lock: the table's two members starting through two nodes join one negotiation.
            workshops.lockUntilCommit(m.workshop().workshop().id());
            return repository
                    .open(m.participant().id(), table)
                    .map(NegotiationRepository.Row::id)
                    .orElseGet(() -> repository.start(
                            m.workshop().workshop().id(), m.participant().id(), table, clock.instant()));
        });
        publish(m.workshop().workshop().id(), id);
        return negotiation(repository.find(id).orElseThrow(), m.workshop());
    }

    /**
     * Puts a package to the computer customer: every issue needs an option (chosen, or typed and read by the
     * pack's keywords); a condition names an option of another issue, which then is the package's option there.
     * The reply is stored with the proposal in one transaction; a deal or a walk-away ends the negotiation.
     */
    public Round propose(DeviceToken device, Negotiation.Id id, List<Draft> drafts, String criterion) {
        Member m = openMember(device);
        Proposal proposal = proposal(m.customer(), drafts, criterion);
        return transactions.execute(s -> answer(m, id, proposal));
    }

    /**
     * Accepts the customer's last counter or trade as it stands, the one the trainee read after {@code seen} rounds:
     * when a teammate's proposal got another reply meanwhile (on any node), the tap is refused, never taken as a yes
     * to an offer nobody at the tablet has read.
     */
    public Round acceptOffer(DeviceToken device, Negotiation.Id id, int seen) {
        Member m = openMember(device);
        return transactions.execute(s -> {
            Negotiation negotiation = ownNegotiation(m, repository.lock(id));
            if (negotiation.ended()) {
                throw new ActionRefused("negotiationEnded");
            }
            if (negotiation.rounds().size() != seen) {
                throw new ActionRefused("offerChanged");
            }
            if (negotiation.lastOffer().isEmpty()) {
                throw new ActionRefused("noOfferToAccept");
            }
            return answer(m, id, Proposal.of(negotiation.lastOffer()));
        });
    }

    /** Leaves without a deal (the table's own walk-away); the end card is what the trainee sees next. */
    public Negotiation leave(DeviceToken device, Negotiation.Id id) {
        Member m = openMember(device);
        transactions.executeWithoutResult(s -> {
            ownNegotiation(m, repository.lock(id));
            repository.end(id, clock.instant());
        });
        publish(m.workshop().workshop().id(), id);
        return negotiation(repository.find(id).orElseThrow(), m.workshop());
    }

    private Round answer(Member m, Negotiation.Id id, Proposal proposal) {
        Negotiation negotiation = ownNegotiation(m, repository.lock(id));
        if (negotiation.ended()) {
            throw new ActionRefused("negotiationEnded");
        }
        ComputerCustomer customer = m.customer();
        Locale language = language(m.workshop());
        Reply reply = customer.answer(negotiation.rounds(), proposal);
        String line = customer.line(reply, language);
        if (reply.move() == Reply.Move.ACCEPT) {
            String space = org.ssmclassroom.base.LocalizedText.isChinese(language) ? "" : " ";
            line = line + space + customer.dealLine(proposal.options(), language);
        }
        Instant now = clock.instant();
        Round round = new Round(negotiation.rounds().size() + 1, m.participant().name(), proposal, reply, line, now);
        try {
            repository.add(id, round);
        } catch (DuplicateKeyException elsewhere) {
            throw new ActionRefused("proposeAgain");
        }
        if (reply.move().ends()) {
            repository.end(id, now);
        }
        publishAfterCommit(m.workshop().workshop().id(), id);
        return round;
    }

    /** The drafts as a package of the pack's options, or a refusal saying which issue is unclear. */
    static Proposal proposal(ComputerCustomer customer, List<Draft> drafts, String criterion) {
        String named = criterion == null ? "" : criterion.strip();
        if (named.length() > TEXT_LIMIT) {
            throw new ActionRefused("tooLong", TEXT_LIMIT);
        }
        Map<String, Draft> byIssue = new LinkedHashMap<>();
        drafts.forEach(d -> byIssue.put(d.issue(), d));
        Map<String, String> chosen = new LinkedHashMap<>();
        for (CaseFile.CounterpartIssue issue : customer.issues()) {
            Draft draft = byIssue.get(issue.issue());
            String text = draft == null || draft.option() == null
                    ? ""
                    : draft.option().strip();
            if (text.isEmpty()) {
                throw new ActionRefused(
                        "chooseEveryIssue", issue.name().zh(), issue.name().en());
            }
            if (text.length() > TEXT_LIMIT) {
                throw new ActionRefused("tooLong", TEXT_LIMIT);
            }
            chosen.put(
                    issue.issue(),
                    customer.resolve(issue.issue(), text).orElseThrow(() -> new ActionRefused("unknownOption", text)));
        }
        List<Proposal.Offer> offers = new ArrayList<>();
        for (var entry : chosen.entrySet()) {
            Draft draft = byIssue.get(entry.getKey());
            if (draft.conditionIssue() == null || draft.conditionIssue().isBlank()) {
                offers.add(new Proposal.Offer(entry.getKey(), entry.getValue()));
                continue;
            }
            String on = draft.conditionIssue();
            String wanted = customer.resolve(on, draft.conditionOption()).orElse(null);
            if (on.equals(entry.getKey()) || wanted == null) {
                throw new ActionRefused("unknownCondition");
            }
            if (!wanted.equals(chosen.get(on))) {
                throw new ActionRefused("conditionConflicts");
            }
            offers.add(new Proposal.Offer(entry.getKey(), entry.getValue(), on, wanted));
        }
        return new Proposal(offers, named);
    }

    /** The end card of a negotiation. */
    public Optional<Review> review(WorkshopSnapshot workshop, Negotiation negotiation) {
        return workshop.pack().caseData().flatMap(ComputerCustomer::of).map(c -> Review.of(negotiation, c));
    }

    /** The computer customer of the workshop's case, to name issues and options on the end card. */
    public static Optional<ComputerCustomer> customer(WorkshopSnapshot workshop) {
        return workshop.pack().caseData().flatMap(ComputerCustomer::of);
    }

    /** Every negotiation of the workshop, oldest first, for the instructor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Negotiation> negotiations(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        var rounds = repository.roundsOf(id);
        return repository.ofWorkshop(id).stream()
                .map(row -> negotiation(row, workshop, rounds.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<Negotiation> negotiation(WorkshopId workshop, Negotiation.Id id) {
        return repository
                .find(id)
                .filter(row -> row.workshop().equals(workshop))
                .map(row -> negotiation(row, workshops.snapshot(workshop)));
    }

    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return followers.subscribe(id, listener);
    }

    private record Member(WorkshopSnapshot workshop, Participant participant, ComputerCustomer customer) {}

    private Optional<Member> member(DeviceToken device) {
        return workshops
                .seatOf(device)
                .flatMap(seat -> customer(seat.workshop())
                        .flatMap(customer -> seat.workshop()
                                .participant(seat.participant())
                                .map(p -> new Member(seat.workshop(), p, customer))));
    }

    private Member openMember(DeviceToken device) {
        Member m = member(device).orElseThrow(() -> new ActionRefused("noNegotiation"));
        if (m.workshop().workshop().isClosed()) {
            throw new ActionRefused("workshopClosed");
        }
        return m;
    }

    /** The trainee's table is on the exercise that plays the case's negotiation (exercise 10). */
    private static boolean atTheNegotiation(Member m) {
        return m.participant().table() != null
                && m.workshop()
                        .exercise(m.participant().table())
                        .filter(e -> e.caseNeeds().contains(Method.CaseNeed.NEGOTIATION))
                        .isPresent();
    }

    private static Optional<Method.Exercise> negotiationExercise(WorkshopSnapshot workshop) {
        return workshop.pack().method().exercises().stream()
                .filter(e -> e.caseNeeds().contains(Method.CaseNeed.NEGOTIATION))
                .findFirst();
    }

    /** The negotiation, if it is this trainee's own or the table's the trainee sits at. */
    private Negotiation ownNegotiation(Member m, Optional<NegotiationRepository.Row> found) {
        NegotiationRepository.Row row = found.orElseThrow(() -> new ActionRefused("notYourNegotiation"));
        boolean mine = org.ssmclassroom.base.AloneOrAsATable.belongsTo(
                row.startedBy(),
                row.table(),
                m.participant().id(),
                m.participant().table());
        if (!mine || !row.workshop().equals(m.workshop().workshop().id())) {
            throw new ActionRefused("notYourNegotiation");
        }
        return negotiation(row, m.workshop());
    }

    private Negotiation negotiation(NegotiationRepository.Row row, WorkshopSnapshot workshop) {
        return negotiation(row, workshop, repository.rounds(row.id()));
    }

    private Negotiation negotiation(NegotiationRepository.Row row, WorkshopSnapshot workshop, List<Round> rounds) {
        String by = workshop.participant(row.startedBy()).map(Participant::name).orElse("?");
        // Open when its workshop closed: ended with the class, at its last round (as practice, ADR 015).
        Instant endedAt = row.endedAt() != null || !workshop.workshop().isClosed()
                ? row.endedAt()
                : rounds.isEmpty() ? row.startedAt() : rounds.getLast().at();
        return new Negotiation(
                row.id(), row.workshop(), row.startedBy(), by, row.table(), row.startedAt(), endedAt, rounds);
    }

    private static Locale language(WorkshopSnapshot workshop) {
        return workshop.workshop().language();
    }

    private void publishAfterCommit(WorkshopId workshop, Negotiation.Id id) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            publish(workshop, id);
                        }
                    });
        } else {
            publish(workshop, id);
        }
    }

    private void publish(WorkshopId workshop, Negotiation.Id id) {
        followers.publish(workshop, new Change(revisions.incrementAndGet(), id));
    }
}
