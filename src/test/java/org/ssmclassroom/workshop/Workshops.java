package org.ssmclassroom.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.security.DeviceToken;

/** Test data: a Homebody workshop and trainees joining it, made through the real service. */
public final class Workshops {

    private Workshops() {}

    public static WorkshopId homebody(WorkshopService service, int tables) {
        List<String> names = java.util.stream.IntStream.rangeClosed(1, tables)
                .mapToObj(i -> "Table " + i)
                .toList();
        return service.create(
                new NewWorkshop("Shanghai class", LocalDate.of(2026, 11, 27), "homebody", Locale.ENGLISH, names),
                "lee");
    }

    /** {@code tables} tables of {@code perTable} tablets each joined, table by table. */
    public static List<List<DeviceToken>> seated(
            WorkshopService service, Trainees trainees, WorkshopId workshop, int tables, int perTable) {
        List<List<DeviceToken>> seated = new java.util.ArrayList<>();
        for (int t = 0; t < tables; t++) {
            List<DeviceToken> members = new java.util.ArrayList<>();
            for (int m = 0; m < perTable; m++) {
                DeviceToken tablet = DeviceToken.random();
                join(service, trainees, workshop, tablet, "T" + t + "." + m, t);
                members.add(tablet);
            }
            seated.add(members);
        }
        return seated;
    }

    /** The network the tablets of these tests join from. */
    public static final org.ssmclassroom.security.Network CLASSROOM =
            org.ssmclassroom.security.Network.of("192.0.2.10");

    public static ParticipantId join(
            WorkshopService service,
            Trainees trainees,
            WorkshopId workshop,
            DeviceToken device,
            String name,
            int table) {
        WorkshopSnapshot snapshot = service.snapshot(workshop);
        TableId tableId = snapshot.tables().get(table).id();
        return trainees.join(
                snapshot.workshop().joinCode(),
                device,
                CLASSROOM,
                new Participant.Profile(name, "Acme", "Account manager", 5),
                tableId);
    }
}
