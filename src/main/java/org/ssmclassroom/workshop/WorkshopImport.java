package org.ssmclassroom.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.base.ImportEntryPoint;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;

/**
 * Writes an archived workshop's own rows through the same repository as a live class, so a new column is written
 * (or defaulted) here as there. Only inside the caller's transaction: an archive import is one user action.
 * Imported trainees get device hashes no tablet holds, so nobody can sit down at an archived table.
 */
@ImportEntryPoint
public class WorkshopImport {

    private final WorkshopRepository repository;

    WorkshopImport(WorkshopRepository repository) {
        this.repository = repository;
    }

    /** A new workshop in state {@code ARCHIVED}, with a fresh join code that no screen shows. */
    public WorkshopId workshop(
            String name, LocalDate date, String packId, Locale language, String importedBy, Instant now) {
        JoinCode code = JoinCode.random();
        while (repository.joinCodeTaken(code)) {
            code = JoinCode.random();
        }
        WorkshopId id = repository.insertWorkshop(name, date, packId, language, code, importedBy, now);
        repository.updateState(id, Workshop.State.ARCHIVED);
        return id;
    }

    public TableId table(WorkshopId workshop, int position, String name) {
        repository.insertTable(workshop, position, name);
        return tableAt(workshop, position).id();
    }

    public ParticipantId participant(
            WorkshopId workshop, TableId table, Participant.Profile profile, Instant joinedAt) {
        return repository.insertParticipant(
                workshop, table, DeviceToken.random().hash(), profile, joinedAt);
    }

    public void roles(TableId table, String exercise, ParticipantId participant, List<String> roles) {
        repository.saveOverride(table, exercise, participant, roles);
    }

    public void timeUp(TableId table, String exercise, Instant at) {
        repository.recordTimeUp(table, exercise, at);
    }

    public void spokesperson(WorkshopId workshop, int position, ParticipantId spokesperson) {
        repository.updateTable(tableAt(workshop, position).withSpokesperson(spokesperson));
    }

    private WorkshopTable tableAt(WorkshopId workshop, int position) {
        return repository.tables(workshop).stream()
                .filter(t -> t.position() == position)
                .findFirst()
                .orElseThrow();
    }
}
