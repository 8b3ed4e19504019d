package org.ssmclassroom.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/**
 * Something a member of a table reads beside an exercise: a case document, a section of the case's facts, or
 * one of the method's concept cards. Who reads what is the pack's rule ({@link #forMember}), never a screen's.
 */
public sealed interface Reading {

    /**
     * A case document with its Markdown body; {@code origin} is the document's, or its pack's where the whole case is
     * the authors' (a case the deck does not have).
     */
    record Document(CaseFile.Document document, LocalizedText body, Origin origin) implements Reading {}

    /** The case's negotiation: scenario and issues, with our position only for the side that may know it. */
    record Negotiation(
            CaseFile.Negotiation negotiation, List<CaseFile.Person> people, boolean ourPosition, Origin packOrigin)
            implements Reading {

        /** An issue's origin, or its pack's where the whole case is the authors'. */
        public Origin originOf(CaseFile.Issue issue) {
            return Origin.marked(issue.origin()) ? issue.origin() : packOrigin;
        }
    }

    /** A concept of the method. */
    record Concept(Method.Card card) implements Reading {}

    /** The stage an exercise belongs to, on its card under the course's stage headings. */
    record StageCard(Method.Place place, Method.StageHeadings headings) implements Reading {}

    /** Every stage of the course, for an exercise that places the opportunity on one. */
    record StageOverview(List<Method.Place> places) implements Reading {}

    /**
     * What a member holding {@code heldRoles} reads in an exercise: first its stage's card (or every stage, where the
     * board places the opportunity on one), then the case's material for the exercise and
     * audience (or, where the case declares none for the exercise, what its interview and negotiation imply),
     * then the method's concept cards. The customer's side is whoever plays the customer: in the interview the
     * role the case names, elsewhere the method's role that plays the customer.
     */
    static List<Reading> forMember(ScenarioPack pack, String exerciseId, Collection<String> heldRoles) {
        Optional<Method.Exercise> exercise = pack.method().exercise(exerciseId);
        if (exercise.isEmpty()) {
            return List.of();
        }
        List<Reading> reading = new ArrayList<>(stages(pack.method(), exercise.get()));
        pack.caseData().ifPresent(caseFile -> {
            boolean customer = playsCustomer(pack.method(), caseFile, exerciseId, heldRoles);
            for (CaseFile.Material material : materials(caseFile, exercise.get())) {
                if (reads(material.audience(), customer, heldRoles)) {
                    toReading(pack, caseFile, material).ifPresent(reading::add);
                }
            }
        });
        pack.method().cardsFor(exercise.get()).forEach(card -> reading.add(new Concept(card)));
        return reading;
    }

    /** The stage card of an exercise of a stage, the overview of all stages for one placing the opportunity. */
    static List<Reading> stages(Method method, Method.Exercise exercise) {
        List<Method.Place> places = method.stagesFor(exercise);
        if (exercise.stage() != null) {
            return places.stream()
                    .map(place -> (Reading) new StageCard(place, method.course().stageHeadings()))
                    .toList();
        }
        return places.isEmpty() ? List.of() : List.of(new StageOverview(places));
    }

    private static boolean playsCustomer(
            Method method, CaseFile caseFile, String exerciseId, Collection<String> heldRoles) {
        CaseFile.Interview interview = caseFile.interview();
        if (interview != null && interview.playedBy() != null && exerciseId.equals(interview.exercise())) {
            return heldRoles.contains(interview.playedBy());
        }
        List<String> players = caseFile.personas().stream()
                .filter(p -> p.usedIn(exerciseId) && p.playedBy() != null)
                .map(CaseFile.Persona::playedBy)
                .toList();
        if (!players.isEmpty()) {
            return players.stream().anyMatch(heldRoles::contains);
        }
        return method.course().capabilitiesOf(heldRoles).contains(Method.Capability.SEES_PERSONA_BRIEF);
    }

    private static boolean reads(String audience, boolean customer, Collection<String> heldRoles) {
        return switch (audience) {
            case CaseFile.Material.EVERYONE -> true;
            case CaseFile.Material.SALES -> !customer;
            case CaseFile.Material.CUSTOMER -> customer;
            default -> heldRoles.contains(audience);
        };
    }

    /**
     * The case's own list for the exercise, or what its interview and negotiation sections imply; then the brief
     * of each other persona the exercise uses, for the role that plays it (else whoever plays the customer).
     */
    static List<CaseFile.Material> materials(CaseFile caseFile, Method.Exercise exercise) {
        List<CaseFile.Material> materials = new ArrayList<>(declaredOrImplied(caseFile, exercise));
        for (CaseFile.Persona persona : caseFile.personas()) {
            if (persona.usedIn(exercise.id()) && persona.personaBrief() != null) {
                String player = persona.playedBy() == null ? CaseFile.Material.CUSTOMER : persona.playedBy();
                materials.add(document(exercise, player, persona.personaBrief()));
            }
        }
        return List.copyOf(materials);
    }

    private static List<CaseFile.Material> declaredOrImplied(CaseFile caseFile, Method.Exercise exercise) {
        List<CaseFile.Material> declared = caseFile.materials().stream()
                .filter(m -> exercise.id().equals(m.exercise()))
                .toList();
        if (!declared.isEmpty()) {
            return declared;
        }
        List<CaseFile.Material> implied = new ArrayList<>();
        CaseFile.Interview interview = caseFile.interview();
        if (interview != null && exercise.id().equals(interview.exercise())) {
            implied.add(document(exercise, CaseFile.Material.CUSTOMER, interview.personaBrief()));
            implied.add(document(exercise, CaseFile.Material.SALES, interview.salesBrief()));
            implied.add(document(exercise, CaseFile.Material.SALES, interview.handout()));
        }
        if (exercise.caseNeeds().contains(Method.CaseNeed.NEGOTIATION) && caseFile.negotiation() != null) {
            implied.add(new CaseFile.Material(
                    exercise.id(), CaseFile.Material.EVERYONE, null, CaseFile.Facts.NEGOTIATION, null));
        }
        return implied.stream()
                .filter(m -> m.document() != null || m.facts() != null)
                .toList();
    }

    private static CaseFile.Material document(Method.Exercise exercise, String audience, String documentId) {
        return new CaseFile.Material(exercise.id(), audience, documentId, null, null);
    }

    private static Optional<Reading> toReading(ScenarioPack pack, CaseFile caseFile, CaseFile.Material material) {
        if (material.document() != null) {
            return caseFile.document(material.document())
                    .map(d -> new Document(
                            d,
                            pack.documentBody(d.id()).orElse(new LocalizedText("", "")),
                            Origin.marked(d.origin())
                                    ? d.origin()
                                    : pack.manifest().origin()));
        }
        if (material.facts() == null || caseFile.negotiation() == null) {
            return Optional.empty();
        }
        List<CaseFile.Person> people = caseFile.negotiation().issues().stream()
                .flatMap(issue -> Optional.ofNullable(issue.people()).orElse(List.of()).stream())
                .distinct()
                .map(caseFile::person)
                .flatMap(Optional::stream)
                .toList();
        return Optional.of(new Negotiation(
                caseFile.negotiation().withoutCounterpart(),
                people,
                material.facts() == CaseFile.Facts.NEGOTIATION,
                pack.manifest().origin()));
    }
}
