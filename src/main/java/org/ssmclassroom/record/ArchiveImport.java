package org.ssmclassroom.record;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.SignedIn;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardImport;
import org.ssmclassroom.roleplay.InterviewImport;
import org.ssmclassroom.roleplay.PracticeImport;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.scoring.ScoreImport;
import org.ssmclassroom.workshop.ClassLimits;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopImport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads another server's workshop archive into this one as an archived workshop: read only, shown by the same
 * console, scores, debrief and reports as a live one. All of it in one transaction, after every check passed:
 * a refused archive leaves nothing behind.
 */
@Service
public class ArchiveImport {

    /** About 50 tables' worth of boards with long histories; beyond that a file is not an archive of ours. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ArchiveImport.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Who wrote what the archive does not say (release, coverage mark, interview tick) and the key undo looks for. */
    static final String ARCHIVE = "archive";

    private final WorkshopImport workshops;
    private final BoardImport boards;
    private final ScoreImport scores;
    private final InterviewImport interviews;
    private final PracticeImport practice;
    private final org.ssmclassroom.negotiation.NegotiationImport negotiations;
    private final ScenarioLibrary library;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** What a live class may hold, and so what an archive may bring in. */
    private final ClassLimits limits;

    ArchiveImport(
            WorkshopImport workshops,
            BoardImport boards,
            ScoreImport scores,
            InterviewImport interviews,
            PracticeImport practice,
            org.ssmclassroom.negotiation.NegotiationImport negotiations,
            ScenarioLibrary library,
            TransactionTemplate transactions,
            Clock clock,
            ClassLimits limits) {
        this.workshops = workshops;
        this.boards = boards;
        this.scores = scores;
        this.interviews = interviews;
        this.practice = practice;
        this.negotiations = negotiations;
        this.library = library;
        this.transactions = transactions;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * The archived workshop, and the pack version it was run with when this server has another one.
     *
     * @param packVersionThen null when this server's pack has the archive's version
     */
    public record Imported(WorkshopId id, String packVersionThen, String packVersionNow) {}

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Imported importArchive(byte[] json) {
        String instructor = SignedIn.instructor();
        if (json.length > MAX_BYTES) {
            throw tooBig(json.length);
        }
        WorkshopArchive archive = read(json);
        ScenarioPack pack = check(archive);
        Instant now = clock.instant();
        WorkshopId id;
        try {
            id = transactions.execute(status -> write(archive, instructor, now));
        } catch (DataAccessException e) {
            // The checks should leave the database nothing to refuse; if it still does, its statement is for the
            // log, not for the instructor.
            String reference = HexFormat.of()
                    .toHexDigits(ThreadLocalRandom.current().nextInt())
                    .toUpperCase(Locale.ROOT);
            log.error("Archive import refused by the database, reference {}", reference, e);
            throw new ActionRefused("archiveNotWritten", reference);
        }
        log.info(
                "Workshop {} imported by {} from an archive of '{}' ({} tables)",
                id.value(),
                instructor,
                archive.workshop().name(),
                archive.tables().size());
        String then = archive.workshop().packVersion();
        String current = pack.manifest().version();
        return new Imported(id, then == null || then.equals(current) ? null : then, current);
    }

    /** The refusal of a file of {@code bytes}: its size (rounded up, so never "50.0 of 50") and the most, in MB. */
    public static ActionRefused tooBig(long bytes) {
        double megabytes = Math.ceil(bytes / 1024.0 / 1024.0 * 10) / 10;
        return new ActionRefused(
                "archiveTooBig", String.format(Locale.ROOT, "%.1f", megabytes), MAX_BYTES / 1024 / 1024);
    }

    private static WorkshopArchive read(byte[] json) {
        try {
            WorkshopArchive archive = JSON.readValue(json, WorkshopArchive.class);
            if (archive == null) {
                throw new ActionRefused("archiveNotArchive");
            }
            return archive;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            if (e.getPath().isEmpty()) {
                throw new ActionRefused("archiveNotJson", line, column, e.getOriginalMessage());
            }
            throw new ActionRefused("archiveWrongValue", pointer(e.getPath()), line, column);
        }
    }

    private static String pointer(List<JacksonException.Reference> references) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            pointer.append('/')
                    .append(
                            reference.getPropertyName() != null
                                    ? reference.getPropertyName()
                                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private ScenarioPack check(WorkshopArchive archive) {
        if (!WorkshopArchive.FORMAT.equals(archive.format())) {
            throw new ActionRefused("archiveNotArchive");
        }
        if (archive.version() < 1 || archive.version() > WorkshopArchive.VERSION) {
            throw new ActionRefused("archiveVersion", archive.version(), WorkshopArchive.VERSION);
        }
        WorkshopArchive.Header header = archive.workshop();
        ArchiveChecks.require(header, "/workshop");
        ArchiveChecks.require(header.pack(), "/workshop/pack");
        ScenarioPack pack = library.pack(header.pack())
                .filter(ScenarioPack::isCase)
                .orElseThrow(() -> new ActionRefused(
                        "archiveNoPack",
                        header.pack(),
                        Optional.ofNullable(header.packVersion()).orElse("?")));
        ArchiveChecks checks = new ArchiveChecks(pack.method(), limits.maxParticipants(), limits.maxTableMembers());
        checks.header(archive);
        checks.tables(archive.tables() == null ? List.of() : archive.tables());
        checks.released(released(archive));
        return pack;
    }

    private WorkshopId write(WorkshopArchive archive, String instructor, Instant now) {
        Instant exported = archive.exportedAt() == null ? now : archive.exportedAt();
        WorkshopArchive.Header header = archive.workshop();
        WorkshopId workshop = workshops.workshop(
                header.name(), header.date(), header.pack(), Locale.forLanguageTag(header.language()), instructor, now);
        for (WorkshopArchive.Table table : archive.tables()) {
            TableId id = workshops.table(workshop, table.position(), table.name());
            // Every member is written; roles, the spokesperson and practice name the first of a name.
            Map<String, ParticipantId> members = new HashMap<>();
            for (WorkshopArchive.Member p : table.participants()) {
                ParticipantId written = workshops.participant(
                        workshop,
                        id,
                        new Participant.Profile(p.name(), p.company(), p.jobTitle(), p.yearsInSales()),
                        p.joinedAt());
                members.putIfAbsent(p.name(), written);
            }
            if (table.spokesperson() != null) {
                workshops.spokesperson(workshop, table.position(), members.get(table.spokesperson()));
            }
            table.roles().forEach(r -> workshops.roles(id, r.exercise(), members.get(r.participant()), r.roles()));
            table.timeUps().forEach(timeUp -> workshops.timeUp(id, timeUp.exercise(), timeUp.at()));
            table.boards().forEach(board -> boards.importArchived(id, board.record(), ARCHIVE));
            table.marks().forEach(mark -> scores.mark(id, mark.exercise(), mark.mark(), exported));
            table.agreed().forEach(agreed -> scores.agreed(id, agreed.exercise(), agreed.agreed(), exported));
            table.coverage()
                    .forEach(covered -> scores.covered(
                            id, covered.exercise(), covered.keyPoint(), covered.covered(), ARCHIVE, exported));
            interviews.table(
                    id, table.interview().found(), questions(table.interview().questions()), ARCHIVE, exported);
            table.interview()
                    .conversations()
                    .forEach((persona, tags) ->
                            interviews.conversation(id, persona, questions(tags), ARCHIVE, exported));
            for (WorkshopArchive.Practice session : table.practice()) {
                practice.session(
                        workshop,
                        members.get(session.startedBy()),
                        session.asATable() ? id : null,
                        session.persona(),
                        session.startedAt(),
                        session.endedAt(),
                        session.turns());
            }
            for (WorkshopArchive.Negotiation negotiation : table.negotiations()) {
                negotiations.negotiation(
                        workshop,
                        members.get(negotiation.startedBy()),
                        negotiation.asATable() ? id : null,
                        negotiation.startedAt(),
                        negotiation.endedAt(),
                        negotiation.rounds());
            }
        }
        released(archive).forEach(exercise -> scores.released(workshop, exercise, ARCHIVE, exported));
        if (archive.interviewUpdateReleased()) {
            interviews.updateReleased(workshop, ARCHIVE, exported);
        }
        return workshop;
    }

    private static Map<QuestionKind, Integer> questions(Map<String, Integer> tags) {
        Map<QuestionKind, Integer> questions = new EnumMap<>(QuestionKind.class);
        tags.forEach((kind, count) -> questions.put(QuestionKind.valueOf(kind.toUpperCase(Locale.ROOT)), count));
        return questions;
    }

    private static Set<String> released(WorkshopArchive archive) {
        return archive.released() == null ? Set.of() : archive.released();
    }
}
