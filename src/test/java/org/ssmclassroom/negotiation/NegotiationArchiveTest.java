package org.ssmclassroom.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.record.ArchiveImport;
import org.ssmclassroom.record.WorkshopRecords;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.NewWorkshop;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A workshop's negotiations travel in its archive and come back as they were, checked like a live class's. */
@AppTest
class NegotiationArchiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NegotiationService negotiations;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    WorkshopRecords records;

    @Autowired
    ArchiveImport archives;

    private WorkshopId workshop;
    private final DeviceToken mei = DeviceToken.random();

    @BeforeEach
    void aTableThatNegotiated() {
        Instructor.signIn();
        workshop = workshops.create(
                new NewWorkshop("London", LocalDate.of(2026, 12, 7), "homebody", Locale.ENGLISH, List.of("Table 1")),
                AppTest.INSTRUCTOR);
        Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
        steering.openExercise(workshop, "ex10", Set.of());
        Negotiation ours = negotiations.start(mei, true);
        negotiations.propose(
                mei,
                ours.id(),
                List.of(
                        new NegotiationService.Draft("A", "step financing", null, null),
                        new NegotiationService.Draft("B", "advisory time", "C", "capped-sla"),
                        new NegotiationService.Draft("C", "capped SLA", null, null)),
                "Return on investment");
        negotiations.acceptOffer(mei, ours.id(), 1);
        negotiations.start(mei, false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void negotiationsSurviveTheTrip() {
        byte[] original = records.archive(workshop);

        WorkshopId copy = archives.importArchive(original).id();

        List<Negotiation> before = negotiations.negotiations(workshop);
        List<Negotiation> after = negotiations.negotiations(copy);
        assertThat(after)
                .extracting(n -> n.startedByName() + " " + n.asATable() + " " + n.outcome() + " "
                        + n.rounds().size())
                // An imported workshop is closed: a negotiation left open reads as ended without a deal.
                .containsExactly("Mei true DEAL 2", "Mei false LEFT 0");
        assertThat(after.getFirst().rounds()).isEqualTo(before.getFirst().rounds());
        assertThat(after.getFirst().rounds().getFirst().proposal().traded()).isTrue();
        assertThat(after.getFirst().rounds().getFirst().proposal().criterion()).isEqualTo("Return on investment");
    }

    @Test
    void anArchivedOptionThatIsNotAnIdIsRefused() {
        ObjectNode tree = (ObjectNode) JSON.readTree(records.archive(workshop));
        ObjectNode offer = (ObjectNode) tree.get("tables")
                .get(0)
                .get("negotiations")
                .get(0)
                .get("rounds")
                .get(0)
                .get("proposal")
                .get("offers")
                .get(0);
        offer.put("option", "a;b=c");

        assertThatThrownBy(() -> archives.importArchive(JSON.writeValueAsBytes(tree)))
                .isInstanceOfSatisfying(
                        ActionRefused.class,
                        refused -> assertThat(refused.arguments())
                                .containsExactly(
                                        "/tables/0/negotiations/0/rounds/0/proposal/offers/0/option", "a;b=c"));
    }
}
