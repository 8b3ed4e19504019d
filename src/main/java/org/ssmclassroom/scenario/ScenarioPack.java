package org.ssmclassroom.scenario;

import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/**
 * A loaded, valid pack. A method pack has no case; a case pack carries the method of the method pack it names,
 * so everything a workshop needs is reachable from here. {@code documents} holds Markdown bodies by document id.
 */
public record ScenarioPack(
        PackManifest manifest, Method method, CaseFile caseFile, Map<String, LocalizedText> documents) {

    public String id() {
        return manifest.id();
    }

    public boolean isCase() {
        return manifest.kind() == PackManifest.Kind.CASE;
    }

    public Optional<CaseFile> caseData() {
        return Optional.ofNullable(caseFile);
    }

    public Optional<LocalizedText> documentBody(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    /** What a debrief checks the tables for on an exercise: the method's what-good-looks-like, then the case's. */
    public java.util.List<Method.KeyPoint> keyPoints(String exerciseId) {
        java.util.List<Method.KeyPoint> points = new java.util.ArrayList<>();
        method.exercise(exerciseId).ifPresent(e -> points.addAll(e.keyPoints()));
        caseData().map(CaseFile::modelAnswers).stream()
                .flatMap(answers -> answers == null ? java.util.stream.Stream.empty() : answers.stream())
                .filter(a -> a.exercise().equals(exerciseId))
                .forEach(a -> points.addAll(a.keyPoints()));
        return points;
    }

    /**
     * What this case lacks to play an exercise on it (its persona's interview, its negotiation), as the method
     * says the exercise needs; empty when it can. A case may leave an exercise out: it is then not opened.
     */
    public java.util.List<Method.CaseNeed> lacksFor(Method.Exercise exercise) {
        if (caseFile == null) {
            return java.util.List.of();
        }
        return exercise.caseNeeds().stream()
                .filter(need -> switch (need) {
                    case INTERVIEW ->
                        caseFile.interview() == null
                                || !exercise.id().equals(caseFile.interview().exercise());
                    case NEGOTIATION -> caseFile.negotiation() == null;
                })
                .toList();
    }

    /**
     * The model answer of an exercise as a board: what the case writes under {@code board}, and the pain chain it
     * names drawn into the template's pain-chain section (each link: who — the deck's role label where the chain
     * gives one, else the person's name and title — the pain, its reasons). Empty without one.
     */
    public java.util.Map<String, Object> modelBoard(String exerciseId) {
        Optional<CaseFile.ModelAnswer> answer = modelAnswer(exerciseId);
        if (answer.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Object> board =
                new java.util.LinkedHashMap<>(answer.get().board());
        Optional<CaseFile.PainChain> chain = Optional.ofNullable(answer.get().painChain())
                .flatMap(id -> caseFile.painChains().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst());
        Optional<Method.Section> section =
                method.exercise(exerciseId).flatMap(e -> method.template(e.template())).stream()
                        .flatMap(t -> t.sections().stream())
                        .filter(s -> s.diagram() != null && s.diagram().kind() == Method.DiagramKind.PAIN_CHAIN)
                        .findFirst();
        if (chain.isPresent()
                && section.isPresent()
                && !board.containsKey(section.get().id())) {
            board.put(
                    section.get().id(),
                    painChainEntries(chain.get(), section.get().diagram()));
        }
        return board;
    }

    private static LocalizedText lines(java.util.List<CaseFile.Reason> reasons) {
        return new LocalizedText(
                String.join("\n", reasons.stream().map(r -> r.text().zh()).toList()),
                String.join("\n", reasons.stream().map(r -> r.text().en()).toList()));
    }

    private java.util.List<java.util.Map<String, Object>> painChainEntries(
            CaseFile.PainChain chain, Method.Diagram diagram) {
        java.util.List<java.util.Map<String, Object>> entries = new java.util.ArrayList<>();
        for (CaseFile.Link link : chain.links()) {
            java.util.Map<String, Object> entry = new java.util.LinkedHashMap<>();
            if (link.role() != null && !diagram.who().isEmpty()) {
                // The deck labels this box by role (CFO, not Boris): the model board says what the deck says.
                entry.put(diagram.who().getLast(), bilingual(link.role()));
            } else {
                caseFile.person(link.person()).ifPresent(person -> {
                    java.util.List<LocalizedText> names = new java.util.ArrayList<>();
                    if (person.name() != null) {
                        names.add(person.name());
                    }
                    names.add(person.title());
                    for (int i = 0; i < Math.min(names.size(), diagram.who().size()); i++) {
                        entry.put(diagram.who().get(i), bilingual(names.get(i)));
                    }
                });
            }
            if (diagram.pain() != null) {
                entry.put(diagram.pain(), bilingual(link.pain()));
            }
            java.util.List<CaseFile.Reason> reasons = link.reasons() == null ? java.util.List.of() : link.reasons();
            int slots = diagram.reasons().size();
            for (int i = 0; i < Math.min(reasons.size(), slots); i++) {
                // More reasons than the board has slots (s.27 gives a VP four): the last slot holds the rest, a line
                // each.
                java.util.List<CaseFile.Reason> held =
                        i == slots - 1 ? reasons.subList(i, reasons.size()) : reasons.subList(i, i + 1);
                entry.put(diagram.reasons().get(i), bilingual(lines(held)));
            }
            entries.add(entry);
        }
        return entries;
    }

    private static java.util.Map<String, Object> bilingual(LocalizedText text) {
        return java.util.Map.of("zh-CN", text.zh(), "en", text.en());
    }

    /** A model answer's origin, or the case pack's where the whole case is the authors' (one the deck does not have). */
    public Origin originOf(CaseFile.ModelAnswer answer) {
        return Origin.marked(answer.origin()) ? answer.origin() : manifest.origin();
    }

    /** A key point's origin; a case's key point not marked has its case pack's. */
    public Origin originOf(Method.KeyPoint point) {
        if (Origin.marked(point.origin())) {
            return point.origin();
        }
        boolean ofTheCase = caseData().map(CaseFile::modelAnswers).stream()
                .flatMap(answers -> answers == null ? java.util.stream.Stream.empty() : answers.stream())
                .anyMatch(a -> a.keyPoints().contains(point));
        return ofTheCase ? manifest.origin() : point.origin();
    }

    /** The case's model answer of an exercise, if it has one. */
    public Optional<CaseFile.ModelAnswer> modelAnswer(String exerciseId) {
        return caseData().map(CaseFile::modelAnswers).stream()
                .flatMap(answers -> answers == null ? java.util.stream.Stream.empty() : answers.stream())
                .filter(a -> a.exercise().equals(exerciseId))
                .findFirst();
    }

    /**
     * A method text with its case named: {@code {case}} becomes the case's company, {@code {persona}} the
     * interview persona (Homebody and Yoshi Goto in the Homebody case), so the method pack says what the deck
     * says without knowing any case. Without a case they read "the customer" and "the customer executive".
     */
    public LocalizedText withCase(LocalizedText text) {
        LocalizedText company = caseData().map(c -> c.company().name()).orElse(new LocalizedText("客户", "the customer"));
        LocalizedText persona = caseData()
                .flatMap(c -> Optional.ofNullable(c.interview()).flatMap(i -> c.person(i.persona())))
                .map(p -> new LocalizedText(
                        p.displayName(LocalizedText.CHINESE), p.displayName(java.util.Locale.ENGLISH)))
                .orElse(new LocalizedText("客户高管", "the customer executive"));
        return new LocalizedText(
                fill(text.zh(), company.zh(), persona.zh()), fill(text.en(), company.en(), persona.en()));
    }

    private static String fill(String text, String company, String persona) {
        return text == null ? null : text.replace("{case}", company).replace("{persona}", persona);
    }
}
