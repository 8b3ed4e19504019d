package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ssmclassroom.base.TextMatch;

/** Cross-references inside a case and from the case into its method. */
final class CaseChecks {

    private final CaseFile caseFile;
    private final Method method;
    private final YamlTree tree;
    private final Problems problems;
    private final Set<String> people;

    CaseChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems) {
        this.caseFile = caseFile;
        this.method = method;
        this.tree = tree;
        this.problems = problems;
        this.people = ids(caseFile.people(), CaseFile.Person::id);
    }

    void run() {
        checkPeople();
        checkPainChains();
        checkInitiatives();
        checkDocuments();
        checkInterview();
        checkNegotiation();
        checkModelAnswers();
        checkMaterials();
    }

    /** Each material names an exercise, an audience a table has, and a document for trainees or a facts section. */
    private void checkMaterials() {
        for (int i = 0; i < caseFile.materials().size(); i++) {
            CaseFile.Material material = caseFile.materials().get(i);
            String at = "/materials/" + i;
            exercise(tree, at + "/exercise", material.exercise());
            String audience = material.audience();
            if (audience != null
                    && !List.of(CaseFile.Material.EVERYONE, CaseFile.Material.SALES, CaseFile.Material.CUSTOMER)
                            .contains(audience)
                    && method.course().role(audience).isEmpty()) {
                problems.at(
                        tree,
                        at + "/audience",
                        "unknown audience '" + audience + "'; use everyone, sales, customer or one of the roles "
                                + method.course().roles().stream()
                                        .map(Method.Role::id)
                                        .sorted()
                                        .toList());
            }
            document(tree, at + "/document", material.document());
            caseFile.document(material.document() == null ? "" : material.document())
                    .filter(d -> d.audience() == CaseFile.Audience.INSTRUCTOR)
                    .ifPresent(d -> problems.at(
                            tree,
                            at + "/document",
                            "document '" + d.id() + "' is for the instructor; trainees cannot read it"));
            if (material.facts() != null && caseFile.negotiation() == null) {
                problems.at(tree, at + "/facts", "the case has no negotiation section to show");
            }
        }
    }

    private void checkPeople() {
        problems.unique(tree, "/people", caseFile.people(), CaseFile.Person::id);
        Set<String> inReportedLoop = new HashSet<>();
        for (int i = 0; i < caseFile.people().size(); i++) {
            CaseFile.Person person = caseFile.people().get(i);
            person(tree, "/people/" + i + "/reportsTo", person.reportsTo());
            List<String> loop = loopFrom(
                    person.id(),
                    id -> caseFile.person(id)
                            .map(CaseFile.Person::reportsTo)
                            .map(List::of)
                            .orElse(List.of()));
            if (!loop.isEmpty() && inReportedLoop.addAll(loop)) {
                problems.at(
                        tree,
                        "/people/" + i + "/reportsTo",
                        "the reporting line loops: " + String.join(" → ", loop) + " → " + person.id());
            }
        }
    }

    /**
     * The loop that leads from {@code start} back to it along {@code next}, as the ids from start on; empty
     * when there is none. One loop is reported once, at its first member in the file.
     */
    private static List<String> loopFrom(String start, java.util.function.Function<String, List<String>> next) {
        java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String to : next.apply(path.getLast())) {
                if (to == null) {
                    continue;
                }
                if (to.equals(start)) {
                    return path;
                }
                if (seen.add(to)) {
                    List<String> longer = new java.util.ArrayList<>(path);
                    longer.add(to);
                    paths.add(longer);
                }
            }
        }
        return List.of();
    }

    private void checkPainChains() {
        problems.unique(tree, "/painChains", caseFile.painChains(), CaseFile.PainChain::id);
        for (int c = 0; c < caseFile.painChains().size(); c++) {
            List<CaseFile.Link> links = caseFile.painChains().get(c).links();
            Set<String> inChain = ids(links, CaseFile.Link::person);
            Set<String> inReportedLoop = new HashSet<>();
            for (int l = 0; l < links.size(); l++) {
                String at = "/painChains/" + c + "/links/" + l;
                person(tree, at + "/person", links.get(l).person());
                List<CaseFile.Reason> reasons = links.get(l).reasons();
                for (int r = 0; r < reasons.size(); r++) {
                    String leadsTo = reasons.get(r).leadsTo();
                    String reasonAt = at + "/reasons/" + r + "/leadsTo";
                    if (person(tree, reasonAt, leadsTo) && !inChain.contains(leadsTo)) {
                        problems.at(
                                tree,
                                reasonAt,
                                "'" + leadsTo + "' has no pain in this chain, so this reason cannot lead to them");
                    } else if (leadsTo != null) {
                        checkReasonIsTheirPain(reasonAt, reasons.get(r), links, leadsTo);
                    }
                }
                List<String> loop = loopFrom(
                        links.get(l).person(),
                        id -> links.stream()
                                .filter(link -> link.person().equals(id))
                                .flatMap(link -> nullSafe(link.reasons()).stream())
                                .map(CaseFile.Reason::leadsTo)
                                .toList());
                if (!loop.isEmpty() && inReportedLoop.addAll(loop)) {
                    problems.at(
                            tree,
                            at + "/person",
                            "the pain chain loops: " + String.join(" → ", loop) + " → "
                                    + links.get(l).person()
                                    + "; a chain runs from the top person's pain down to its root causes");
                }
            }
        }
    }

    /** In a pain chain a reason that leads to someone is that person's pain, in (nearly) the same words. */
    private void checkReasonIsTheirPain(String at, CaseFile.Reason reason, List<CaseFile.Link> links, String leadsTo) {
        links.stream().filter(link -> link.person().equals(leadsTo)).findFirst().ifPresent(target -> {
            if (reason.text() != null
                    && target.pain() != null
                    && !TextMatch.sameWords(reason.text().zh(), target.pain().zh())
                    && !TextMatch.sameWords(reason.text().en(), target.pain().en())) {
                problems.at(
                        tree,
                        at,
                        "this reason leads to '" + leadsTo + "', but their pain reads otherwise ('"
                                + target.pain().en() + "'): a reason that leads on is the next person's pain");
            }
        });
    }

    private void checkInitiatives() {
        problems.unique(tree, "/initiatives", caseFile.initiatives(), CaseFile.Initiative::id);
        Set<String> focuses = terms("initiative-focus");
        for (int i = 0; i < caseFile.initiatives().size(); i++) {
            CaseFile.Initiative initiative = caseFile.initiatives().get(i);
            if (person(tree, "/initiatives/" + i + "/owner", initiative.owner())
                    && caseFile.person(initiative.owner()).orElseThrow().side() != CaseFile.Side.CUSTOMER) {
                problems.at(
                        tree,
                        "/initiatives/" + i + "/owner",
                        "'" + initiative.owner() + "' is on our side; a business initiative is the customer's,"
                                + " owned by one of the customer's people");
            }
            term(tree, "/initiatives/" + i + "/focus", initiative.focus(), focuses, "initiative-focus");
        }
        List<String> critical = caseFile.initiatives().stream()
                .filter(CaseFile.Initiative::critical)
                .map(CaseFile.Initiative::id)
                .toList();
        if (critical.size() > 1) {
            int second = caseFile.initiatives()
                    .indexOf(caseFile.initiatives().stream()
                            .filter(CaseFile.Initiative::critical)
                            .skip(1)
                            .findFirst()
                            .orElseThrow());
            problems.at(
                    tree,
                    "/initiatives/" + second + "/critical",
                    "only one initiative is the most critical; marked critical: " + String.join(", ", critical));
        }
        if (caseFile.alignment() != null) {
            term(tree, "/alignment/quadrant", caseFile.alignment().quadrant(), terms("sam-quadrants"), "sam-quadrants");
        }
    }

    private void checkDocuments() {
        problems.unique(tree, "/documents", caseFile.documents(), CaseFile.Document::id);
    }

    private void checkInterview() {
        CaseFile.Interview interview = caseFile.interview();
        if (interview == null) {
            return;
        }
        exercise(tree, "/interview/exercise", interview.exercise());
        method.exercise(interview.exercise() == null ? "" : interview.exercise())
                .filter(e -> e.caseSource() != Method.CaseSource.CASE_PACK)
                .ifPresent(e -> problems.at(
                        tree,
                        "/interview/exercise",
                        "exercise '" + e.id() + "' works on the team's own opportunity, not on the case;"
                                + " the interview belongs to an exercise with case: case"));
        person(tree, "/interview/persona", interview.persona());
        document(tree, "/interview/salesBrief", interview.salesBrief());
        document(tree, "/interview/personaBrief", interview.personaBrief());
        audience(tree, "/interview/salesBrief", interview.salesBrief(), CaseFile.Audience.SALES);
        audience(tree, "/interview/personaBrief", interview.personaBrief(), CaseFile.Audience.PERSONA);
        document(tree, "/interview/update", interview.update());
        document(tree, "/interview/handout", interview.handout());
        problems.unique(tree, "/interview/facts", interview.facts(), CaseFile.PersonaFact::id);
        role(interview.playedBy(), "/interview/playedBy");
        role(interview.observedBy(), "/interview/observedBy");
        if (interview.playedBy() != null && interview.playedBy().equals(interview.observedBy())) {
            problems.at(tree, "/interview/observedBy", "the persona's player cannot also observe the interview");
        }
        if (!interview.facts().isEmpty() && interview.style() == null) {
            problems.at(
                    tree,
                    "/interview",
                    "a persona with facts needs a style: what it says to a pitch, to"
                            + " off-topic talk, to a repeat, to a question its facts do not answer, and when it has no more");
        }
        checkTargets(interview);
    }

    /** Every fact uncovers known targets, and every target is uncovered by some fact. */
    private void checkTargets(CaseFile.Interview interview) {
        problems.unique(tree, "/interview/targets", interview.targets(), CaseFile.Target::id);
        Set<String> targets = ids(interview.targets(), CaseFile.Target::id);
        Set<String> uncovered = new java.util.LinkedHashSet<>(targets);
        for (int f = 0; f < interview.facts().size(); f++) {
            List<CaseFile.Layer> layers = interview.facts().get(f).layers();
            for (int l = 0; l < layers.size(); l++) {
                String at = "/interview/facts/" + f + (l == 0 ? "" : "/more/" + (l - 1)) + "/reveals";
                List<String> reveals = nullSafe(layers.get(l).reveals());
                for (int r = 0; r < reveals.size(); r++) {
                    uncovered.remove(reveals.get(r));
                    if (!targets.contains(reveals.get(r))) {
                        problems.at(
                                tree,
                                at + "/" + r,
                                "unknown target '" + reveals.get(r) + "'; the targets are "
                                        + String.join(", ", new java.util.TreeSet<>(targets)));
                    }
                }
            }
        }
        uncovered.forEach(id -> problems.at(
                tree,
                "/interview/targets/" + indexOf(interview.targets(), id),
                "no fact uncovers target '" + id + "': name it in a fact's reveals"));
        checkSamples(interview.targets());
    }

    /** A target's sample question sits in a cell of the method's 9-block grid. */
    private void checkSamples(List<CaseFile.Target> targets) {
        Method.NineBlock grid = method.models().nineBlock();
        for (int i = 0; i < targets.size(); i++) {
            CaseFile.Sample sample = targets.get(i).sample();
            if (sample == null || grid == null) {
                continue;
            }
            String at = "/interview/targets/" + i + "/sample";
            term(tree, at + "/row", sample.row(), terms(grid.rows()), grid.rows());
            term(tree, at + "/column", sample.column(), terms(grid.columns()), grid.columns());
        }
    }

    private static int indexOf(List<CaseFile.Target> targets, String id) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }

    private void role(String role, String pointer) {
        if (role != null && method.course().role(role).isEmpty()) {
            problems.at(
                    tree,
                    pointer,
                    "unknown role '" + role + "'; the method's roles are "
                            + String.join(
                                    ", ",
                                    method.course().roles().stream()
                                            .map(Method.Role::id)
                                            .sorted()
                                            .toList()));
        }
    }

    private void checkNegotiation() {
        if (caseFile.negotiation() == null) {
            return;
        }
        List<CaseFile.Issue> issues = caseFile.negotiation().issues();
        problems.unique(tree, "/negotiation/issues", issues, CaseFile.Issue::id);
        for (int i = 0; i < issues.size(); i++) {
            List<String> involved = nullSafe(issues.get(i).people());
            for (int p = 0; p < involved.size(); p++) {
                person(tree, "/negotiation/issues/" + i + "/people/" + p, involved.get(p));
            }
        }
    }

    private void checkModelAnswers() {
        Set<String> chains = ids(caseFile.painChains(), CaseFile.PainChain::id);
        List<CaseFile.ModelAnswer> answers = nullSafe(caseFile.modelAnswers());
        for (int i = 0; i < answers.size(); i++) {
            String at = "/modelAnswers/" + i;
            CaseFile.ModelAnswer answer = answers.get(i);
            exercise(tree, at + "/exercise", answer.exercise());
            document(tree, at + "/document", answer.document());
            String chain = answer.painChain();
            if (chain != null && !chains.contains(chain)) {
                problems.at(tree, at + "/painChain", "unknown pain chain '" + chain + "'");
            }
            method.exercise(answer.exercise())
                    .flatMap(exercise -> method.template(exercise.template()))
                    .ifPresent(template -> {
                        KeyPointCheck.check(tree, at + "/keyPoints", answer.keyPoints(), template, problems);
                        ModelBoard.check(
                                method,
                                template,
                                answer.board(),
                                (pointer, message) -> problems.at(tree, at + "/board" + pointer, message));
                    });
        }
        // The debrief's coverage map compares tables with the key points of the case's model answer.
        for (int i = 0; i < answers.size(); i++) {
            CaseFile.ModelAnswer answer = answers.get(i);
            boolean onTheCase = method.exercise(answer.exercise())
                    .filter(e -> e.caseSource() == Method.CaseSource.CASE_PACK)
                    .isPresent();
            if (onTheCase && answer.keyPoints().isEmpty()) {
                problems.at(
                        tree,
                        "/modelAnswers/" + i,
                        "the model answer of '" + answer.exercise()
                                + "', an exercise played on the case, gives no key points for the debrief");
            }
        }
    }

    /** Reports an unknown person; true when {@code id} names someone. */
    private boolean person(YamlTree tree, String pointer, String id) {
        if (id == null) {
            return false;
        }
        if (!people.contains(id)) {
            problems.at(tree, pointer, "unknown person '" + id + "' (not in people)");
            return false;
        }
        return true;
    }

    private void exercise(YamlTree tree, String pointer, String id) {
        if (id != null && method.exercise(id).isEmpty()) {
            problems.at(tree, pointer, "unknown exercise '" + id + "' (not in the method pack)");
        }
    }

    private void document(YamlTree tree, String pointer, String id) {
        if (id != null && caseFile.document(id).isEmpty()) {
            problems.at(tree, pointer, "unknown document '" + id + "' (not in documents)");
        }
    }

    /** A brief must be written for the side that reads it, or the wrong people would see it. */
    private void audience(YamlTree tree, String pointer, String id, CaseFile.Audience expected) {
        if (id == null) {
            return;
        }
        caseFile.document(id)
                .filter(d -> d.audience() != expected)
                .ifPresent(d -> problems.at(
                        tree,
                        pointer,
                        "document '" + id + "' is for audience '"
                                + String.valueOf(d.audience()).toLowerCase() + "'; this brief needs a document for '"
                                + expected.name().toLowerCase() + "'"));
    }

    private Set<String> terms(String vocabulary) {
        return method.vocabulary(vocabulary)
                .map(v -> ids(v.terms(), Method.Term::id))
                .orElse(Set.of());
    }

    private void term(YamlTree tree, String pointer, String id, Set<String> known, String vocabulary) {
        if (id != null && !known.contains(id)) {
            problems.at(
                    tree,
                    pointer,
                    "'" + id + "' is not a term of vocabulary '" + vocabulary + "'; its terms are "
                            + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }
}
