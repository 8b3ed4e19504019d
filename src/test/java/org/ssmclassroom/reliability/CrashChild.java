package org.ssmclassroom.reliability;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.ssmclassroom.Application;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardEdit;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;

/**
 * The application in a child JVM that edits a board and renames a table as fast as it can and prints an
 * acknowledgement after each action returned as saved, until its parent kills it with kill -9.
 */
public final class CrashChild {

    static final String ACK = "CRASH-CHILD ";

    private CrashChild() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + args[0],
                "--ssm.scenarios.dir=" + args[0] + "-none",
                "--ssm.instructor.username=lee",
                "--ssm.instructor.password=crash-test-password",
                "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=warn");
        Instructor.signIn();
        WorkshopService workshops = context.getBean(WorkshopService.class);
        WorkshopSteering steering = context.getBean(WorkshopSteering.class);
        Trainees trainees = context.getBean(Trainees.class);
        BoardService boards = context.getBean(BoardService.class);
        WorkshopId workshop = workshops.create(
                new NewWorkshop("Crash class", LocalDate.of(2026, 12, 1), "homebody", Locale.ENGLISH, List.of("T")),
                "lee");
        WorkshopSnapshot snapshot = workshops.snapshot(workshop);
        DeviceToken tablet = DeviceToken.random();
        trainees.join(
                snapshot.workshop().joinCode(),
                tablet,
                org.ssmclassroom.security.Network.of("192.0.2.10"),
                new Participant.Profile("Mei", "Acme", "Account manager", 5),
                snapshot.tables().getFirst().id());
        steering.openExercise(workshop, "ex2", Set.of());
        BoardId board = boards.boardOf(tablet).orElseThrow().boardId();
        System.out.println(ACK + "READY " + board.value() + " "
                + snapshot.tables().getFirst().id().value());
        int version = 0;
        for (int i = 1; ; i++) {
            long started = System.nanoTime();
            BoardEdit edit =
                    boards.edit(tablet, board, BoardItemId.parse("opportunity/main"), "customer", "edit " + i, version);
            version = ((BoardEdit.Saved) edit).version();
            long micros = (System.nanoTime() - started) / 1000;
            System.out.println(ACK + "EDIT " + i + " " + version + " " + micros);
            steering.renameTable(snapshot.tables().getFirst().id(), "T" + i);
            System.out.println(ACK + "RENAME " + i);
        }
    }
}
