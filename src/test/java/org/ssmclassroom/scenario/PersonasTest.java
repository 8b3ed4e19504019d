package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.scenario.PackFixtures.edited;
import static org.ssmclassroom.scenario.PackFixtures.files;
import static org.ssmclassroom.scenario.PackFixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The personas a case declares besides its interview's: read, checked, and the interview read as one of them. */
class PersonasTest {

    private static List<String> problems(String pack, String from, String to) {
        PackResult result = read(pack, edited(pack, "case.yaml", text -> text.replace(from, to)));
        assertThat(result).isInstanceOf(PackResult.Invalid.class);
        return ((PackResult.Invalid) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    private static CaseFile caseOf(String pack) {
        return ((PackResult.Valid) read(pack, files(pack))).pack().caseData().orElseThrow();
    }

    @Test
    void homebodyDeclaresSarahAndBorisBesidesTheInterviewsYoshi() {
        CaseFile homebody = caseOf("homebody");
        assertThat(homebody.allPersonas()).extracting(CaseFile.Persona::id).containsExactly("yoshi", "sarah", "boris");
        CaseFile.Persona sarah = homebody.persona("sarah").orElseThrow();
        assertThat(sarah.exercises()).containsExactly("ex5");
        assertThat(sarah.playable()).isTrue();
        assertThat(sarah.origin()).isEqualTo(Origin.AUTHORED);
        assertThat(sarah.targets())
                .extracting(CaseFile.Target::id)
                .contains("sarah-pain", "sarah-reasons", "sarah-power");
        assertThat(sarah.targets()).allSatisfy(t -> assertThat(t.sample()).isNotNull());
        assertThat(sarah.facts()).allSatisfy(f -> assertThat(f.asks()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(homebody.persona("boris").orElseThrow().exercises()).containsExactly("ex9");
    }

    @Test
    void freshwayDeclaresTwoPersonasBesidesItsInterview() {
        assertThat(caseOf("freshway").allPersonas())
                .extracting(CaseFile.Persona::id)
                .containsExactly("chen", "wang", "lin");
    }

    @Test
    void theInterviewIsReadAsThePersonaThatNoIdNames() {
        CaseFile homebody = caseOf("homebody");
        CaseFile.Persona interview = homebody.persona(null).orElseThrow();
        assertThat(interview.id()).isEqualTo("yoshi");
        assertThat(interview.exercises()).containsExactly("ex3");
        assertThat(interview.targets()).isEqualTo(homebody.interview().targets());
    }

    @Test
    void anOldPackWithOnlyAnInterviewStillLoads() {
        var files = edited("homebody", "case.yaml", text -> {
            int from = text.indexOf("\npersonas:\n");
            int to = text.indexOf("\nnegotiation:\n");
            return text.substring(0, from) + text.substring(to);
        });
        PackResult result = read("homebody", files);
        assertThat(result).isInstanceOf(PackResult.Valid.class);
        CaseFile caseFile = ((PackResult.Valid) result).pack().caseData().orElseThrow();
        assertThat(caseFile.personas()).isEmpty();
        assertThat(caseFile.allPersonas()).extracting(CaseFile.Persona::id).containsExactly("yoshi");
    }

    @Test
    void anUnknownPersonIsNamedWithItsLine() {
        assertThat(problems("homebody", "\n  - person: boris\n", "\n  - person: borris\n"))
                .anySatisfy(p -> assertThat(p)
                        .matches("homebody/case.yaml:\\d+:\\d+: .*")
                        .contains("personas[1].person: unknown person 'borris' (not in people)"));
    }

    @Test
    void anExerciseNotInTheMethodIsRefused() {
        assertThat(problems("homebody", "    exercises: [ex9]\n", "    exercises: [ex99]\n"))
                .anySatisfy(p -> assertThat(p)
                        .contains("personas[1].exercises[0]: unknown exercise 'ex99' (not in the method pack)"));
    }

    @Test
    void aLineInOneLanguageOnlyIsRefused() {
        assertThat(problems(
                        "homebody",
                        "nothingMore: {zh-CN: \"这一点我知道的就这么多。\", en: \"That is as much as I know on that.\"}",
                        "nothingMore: {zh-CN: \"这一点我知道的就这么多。\"}"))
                .anySatisfy(p ->
                        assertThat(p).contains("personas[0].style.nothingMore").contains("en"));
    }

    @Test
    void aPersonaTwiceOrTheInterviewsPersonaAgainIsRefused() {
        assertThat(problems("homebody", "\n  - person: boris\n", "\n  - person: sarah\n"))
                .anySatisfy(p -> assertThat(p).contains("personas[1].id: duplicate id 'sarah'"));
        assertThat(problems("homebody", "\n  - person: boris\n", "\n  - person: yoshi\n"))
                .anySatisfy(p -> assertThat(p)
                        .contains("personas[1].person: persona 'yoshi' is the interview's persona already"));
    }

    @Test
    void aTargetIdTakenByAnotherPersonaIsRefused() {
        assertThat(problems("homebody", "{id: boris-pain, weight: 3", "{id: sarah-pain, weight: 3"))
                .anySatisfy(p -> assertThat(p)
                        .contains("personas[1].targets[0].id: target 'sarah-pain' is a target of persona 'sarah'"));
    }

    @Test
    void aFactRevealingAnotherPersonasTargetIsRefused() {
        assertThat(problems("homebody", "reveals: [boris-payment]", "reveals: [sarah-power]"))
                .anySatisfy(p -> assertThat(p).contains("unknown target 'sarah-power'; the persona's targets are"))
                .anySatisfy(p -> assertThat(p).contains("no fact uncovers target 'boris-payment'"));
    }

    @Test
    void aBriefForTheSalesSideIsRefused() {
        assertThat(problems("homebody", "    personaBrief: boris-brief\n", "    personaBrief: sales-brief\n"))
                .anySatisfy(p -> assertThat(p)
                        .contains("personas[1].personaBrief: document 'sales-brief' is for audience 'sales'"));
    }
}
