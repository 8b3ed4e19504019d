package org.ssmclassroom.record;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.workshop.Ids.WorkshopId;
import org.ssmclassroom.workshop.NewWorkshop;
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

    private final ArchiveRows rows;
    private final ScenarioLibrary library;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ArchiveImport(ArchiveRows rows, ScenarioLibrary library, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.library = library;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The archived workshop, and the pack version it was run with when this server has another one.
     *
     * @param packVersionThen null when this server's pack has the archive's version
     */
    public record Imported(WorkshopId id, String packVersionThen, String packVersionNow) {}

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Imported importArchive(byte[] json) {
        String instructor =
                SecurityContextHolder.getContext().getAuthentication().getName();
        if (json.length > MAX_BYTES) {
            throw new ActionRefused("archiveTooBig", MAX_BYTES / 1024 / 1024);
        }
        WorkshopArchive archive = read(json);
        ScenarioPack pack = check(archive);
        Instant now = clock.instant();
        WorkshopId id;
        try {
            id = transactions.execute(status -> new WorkshopId(write(archive, instructor, now)));
        } catch (DataIntegrityViolationException e) {
            throw new ActionRefused(
                    "archiveInconsistent", e.getMostSpecificCause().getMessage());
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
        require(header, "/workshop");
        require(header.name(), "/workshop/name");
        require(header.date(), "/workshop/date");
        require(header.pack(), "/workshop/pack");
        require(header.language(), "/workshop/language");
        ScenarioPack pack = library.pack(header.pack())
                .filter(ScenarioPack::isCase)
                .orElseThrow(() -> new ActionRefused(
                        "archiveNoPack",
                        header.pack(),
                        Optional.ofNullable(header.packVersion()).orElse("?")));
        List<WorkshopArchive.Table> tables = archive.tables() == null ? List.of() : archive.tables();
        if (tables.isEmpty() || tables.size() > NewWorkshop.MAX_TABLES) {
            throw new ActionRefused("archiveTables", NewWorkshop.MAX_TABLES);
        }
        Set<Integer> positions = new HashSet<>();
        for (int t = 0; t < tables.size(); t++) {
            WorkshopArchive.Table table = tables.get(t);
            String at = "/tables/" + t;
            require(table.name(), at + "/name");
            if (!positions.add(table.position())) {
                throw new ActionRefused("archiveDuplicateTable", table.position());
            }
            checkTable(pack.method(), table, at);
        }
        for (String exercise : released(archive)) {
            exercise(pack.method(), exercise, "/released");
        }
        return pack;
    }

    private static void checkTable(Method method, WorkshopArchive.Table table, String at) {
        Set<String> names =
                table.participants().stream().map(WorkshopArchive.Member::name).collect(Collectors.toSet());
        for (int r = 0; r < table.roles().size(); r++) {
            WorkshopArchive.Roles roles = table.roles().get(r);
            exercise(method, roles.exercise(), at + "/roles/" + r);
            if (!names.contains(roles.participant())) {
                throw new ActionRefused("archiveNoMember", at + "/roles/" + r, roles.participant());
            }
        }
        for (int b = 0; b < table.boards().size(); b++) {
            exercise(method, table.boards().get(b).exercise(), at + "/boards/" + b);
        }
        for (int m = 0; m < table.marks().size(); m++) {
            exercise(method, table.marks().get(m).exercise(), at + "/marks/" + m);
            require(table.marks().get(m).mark(), at + "/marks/" + m + "/mark");
        }
        for (int a = 0; a < table.agreed().size(); a++) {
            exercise(method, table.agreed().get(a).exercise(), at + "/agreed/" + a);
            require(table.agreed().get(a).agreed(), at + "/agreed/" + a + "/agreed");
        }
        table.participants().forEach(p -> require(p.name(), at + "/participants"));
    }

    private static void exercise(Method method, String exercise, String at) {
        if (exercise == null || method.exercise(exercise).isEmpty()) {
            throw new ActionRefused("archiveNoExercise", at, String.valueOf(exercise));
        }
    }

    private static void require(Object value, String path) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new ActionRefused("archiveMissing", path);
        }
    }

    private long write(WorkshopArchive archive, String instructor, Instant now) {
        Instant exported = archive.exportedAt() == null ? now : archive.exportedAt();
        long workshop = rows.workshop(archive, instructor, now);
        for (WorkshopArchive.Table table : archive.tables()) {
            long id = rows.table(workshop, table);
            Map<String, Long> members = new HashMap<>();
            table.participants().forEach(p -> members.putIfAbsent(p.name(), rows.participant(workshop, id, p)));
            table.roles().forEach(r -> rows.roles(id, r.exercise(), members.get(r.participant()), r.roles()));
            table.timeUps().forEach(timeUp -> rows.timeUp(id, timeUp));
            table.boards().forEach(board -> rows.board(id, board));
            table.marks().forEach(mark -> rows.mark(id, mark, exported));
            table.agreed().forEach(agreed -> rows.agreed(id, agreed, exported));
            table.coverage().forEach(covered -> rows.covered(id, covered, exported));
        }
        released(archive).forEach(exercise -> rows.released(workshop, exercise, exported));
        return workshop;
    }

    private static Set<String> released(WorkshopArchive archive) {
        return archive.released() == null ? Set.of() : archive.released();
    }
}
