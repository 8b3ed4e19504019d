package org.ssmclassroom.takeaway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.Subscribers;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * Each trainee's own action plan (ADR 027). The author is always the trainee seated on the calling device,
 * never an id the client sends: only the author reads and writes it. The instructor sees who has written theirs,
 * and what only where the trainee shares it. Each write is one transaction whose update checks the version read.
 */
@Service
public class PersonalPlans {

    private static final String INSTRUCTOR = "hasRole('INSTRUCTOR')";

    /** A plan of the workshop changed (written or shared); {@code revision} rises with every change. */
    public record Change(long revision) {}

    /** One trainee as the instructor sees the plans: who has written, who shares; never what, here. */
    public record Writer(ParticipantId participant, String name, TableId table, boolean written, boolean shared) {}

    private static final LiveTopic<WorkshopId, Void> TOPIC = LiveTopic.of("personal-plan", WorkshopId.class);

    private final PersonalPlanRepository repository;
    private final WorkshopService workshops;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong revisions = new AtomicLong();
    private final Subscribers<WorkshopId, Change> followers;

    PersonalPlans(
            PersonalPlanRepository repository,
            WorkshopService workshops,
            TransactionTemplate transactions,
            Clock clock,
            ClusterBus bus) {
        this.repository = repository;
        this.workshops = workshops;
        this.transactions = transactions;
        this.clock = clock;
        this.followers = new Subscribers<WorkshopId, Change>()
                .acrossNodes(bus, TOPIC, (id, nothing) -> new Change(revisions.incrementAndGet()), change -> null);
    }

    /** Whether this device's trainee has a plan to write: seated in a workshop whose course declares one. */
    public boolean available(DeviceToken device) {
        return author(device).isPresent();
    }

    /** This device's trainee's own plan. */
    public Optional<PersonalPlan> mine(DeviceToken device) {
        return author(device).map(a -> plan(a, repository.shared(a.participant().id())));
    }

    /**
     * Writes one action of this device's trainee's plan, if it is still at {@code version}; refused when another
     * tablet of the same trainee wrote it first (the trainee reads it again and decides).
     */
    public PersonalPlan.Entry write(
            DeviceToken device,
            PersonalPlan.Key key,
            String commitment,
            LocalDate due,
            String opportunity,
            long version) {
        Author author = author(device).orElseThrow(() -> new ActionRefused("noPlan"));
        if (template(author.workshop().pack())
                .flatMap(t -> horizons(author.workshop().pack(), t).stream()
                        .flatMap(h -> h.actions().stream())
                        .filter(a -> a.key().equals(key))
                        .findFirst())
                .isEmpty()) {
            throw new ActionRefused("noPlan");
        }
        String said = commitment == null ? "" : commitment.strip();
        String where = opportunity == null ? "" : opportunity.strip();
        if (said.length() > PersonalPlan.COMMITMENT_LIMIT || where.length() > PersonalPlan.OPPORTUNITY_LIMIT) {
            throw new ActionRefused("planTooLong", PersonalPlan.COMMITMENT_LIMIT, PersonalPlan.OPPORTUNITY_LIMIT);
        }
        PersonalPlan.Entry entry = new PersonalPlan.Entry(said, due, where, version + 1);
        boolean written = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean done = repository.write(author.participant().id(), key, entry, version, clock.instant());
            if (!done) {
                status.setRollbackOnly(); // a failed first insert leaves a PostgreSQL transaction unusable
            }
            return done;
        }));
        if (!written) {
            throw new ActionRefused("planChanged");
        }
        publish(author.workshop().workshop().id());
        return entry;
    }

    /** The trainee lets the instructor read the plan, or takes it back. */
    public void share(DeviceToken device, boolean shared) {
        Author author = author(device).orElseThrow(() -> new ActionRefused("noPlan"));
        transactions.executeWithoutResult(
                status -> repository.share(author.participant().id(), shared, clock.instant()));
        publish(author.workshop().workshop().id());
    }

    /** Every trainee of the workshop with whether they have written their plan and share it; not what they wrote. */
    @PreAuthorize(INSTRUCTOR)
    public List<Writer> writers(WorkshopId id) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        List<ParticipantId> ids =
                workshop.participants().stream().map(Participant::id).toList();
        Set<ParticipantId> written = repository.written(ids);
        Set<ParticipantId> shared = repository.sharedAmong(ids);
        List<Writer> writers = new ArrayList<>();
        for (Participant p : workshop.participants()) {
            writers.add(new Writer(p.id(), p.name(), p.table(), written.contains(p.id()), shared.contains(p.id())));
        }
        return writers;
    }

    /** A trainee's plan for the instructor: only where the trainee shares it. */
    @PreAuthorize(INSTRUCTOR)
    public Optional<PersonalPlan> shared(WorkshopId id, ParticipantId trainee) {
        WorkshopSnapshot workshop = workshops.snapshot(id);
        return workshop.participant(trainee)
                .filter(p -> repository.shared(p.id()))
                .flatMap(p -> template(workshop.pack()).map(t -> plan(new Author(p, workshop), true)));
    }

    /** Whether the course of this pack has a personal plan at all. */
    public static boolean declared(ScenarioPack pack) {
        return template(pack).isPresent();
    }

    public Runnable follow(WorkshopId id, Consumer<Change> listener) {
        return followers.subscribe(id, listener);
    }

    private record Author(Participant participant, WorkshopSnapshot workshop) {}

    private Optional<Author> author(DeviceToken device) {
        return workshops
                .seatOf(device)
                .filter(seat -> declared(seat.workshop().pack()))
                .flatMap(seat ->
                        seat.workshop().participant(seat.participant()).map(p -> new Author(p, seat.workshop())));
    }

    private PersonalPlan plan(Author author, boolean shared) {
        ScenarioPack pack = author.workshop().pack();
        Method.Template template = template(pack).orElseThrow();
        Map<PersonalPlan.Key, PersonalPlan.Entry> entries =
                repository.entries(author.participant().id());
        return PersonalPlan.of(
                author.participant().id(),
                author.participant().name(),
                wording(pack, template),
                horizons(pack, template),
                entries,
                shared);
    }

    private static Optional<Method.Template> template(ScenarioPack pack) {
        return pack.method()
                .course()
                .takeawayTemplate()
                .flatMap(id -> pack.method().template(id));
    }

    private static PersonalPlan.Wording wording(ScenarioPack pack, Method.Template template) {
        Method.Section first = template.sections().getFirst();
        boolean authored = pack.method()
                .vocabulary(first.columns())
                .map(v -> v.origin() == org.ssmclassroom.scenario.Origin.AUTHORED)
                .orElse(false);
        return new PersonalPlan.Wording(
                template.title(),
                template.source(),
                label(first, "commitment"),
                label(first, "due"),
                label(first, "opportunity"),
                authored);
    }

    private static LocalizedText label(Method.Section section, String field) {
        return section.fields().stream()
                .filter(f -> f.id().equals(field))
                .map(Method.Field::label)
                .findFirst()
                .orElse(new LocalizedText(field, field));
    }

    /** Each grid section of the template is a horizon; its rows vocabulary's terms are the deck's actions. */
    private static List<PersonalPlan.Horizon> horizons(ScenarioPack pack, Method.Template template) {
        return template.sections().stream()
                .filter(s -> s.kind() == Method.SectionKind.GRID)
                .map(s -> new PersonalPlan.Horizon(
                        s.id(),
                        s.title(),
                        pack.method().vocabulary(s.rows()).stream()
                                .flatMap(v -> v.terms().stream())
                                .map(t -> new PersonalPlan.Action(
                                        new PersonalPlan.Key(s.id(), t.id()), t.label(), PersonalPlan.Entry.EMPTY))
                                .toList()))
                .toList();
    }

    private void publish(WorkshopId workshop) {
        followers.publish(workshop, new Change(revisions.incrementAndGet()));
    }
}
