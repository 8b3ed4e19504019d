package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * The computer plays every declared persona of the bundled cases from its own facts: each target's sample question,
 * asked first in a new conversation, uncovers that target, in both languages, and no persona answers from another's.
 */
class PersonaPartnersTest {

    private static List<String> missedSamples(String caseId, Locale language) {
        ScenarioPack pack = PracticeCommand.pack(caseId, "scenarios").orElseThrow();
        List<String> missed = new ArrayList<>();
        for (CaseFile.Persona persona : pack.caseData().orElseThrow().personas()) {
            PracticePartner partner =
                    PracticePartner.of(persona, pack.caseData().orElseThrow(), language);
            for (CaseFile.Target target : persona.targets()) {
                String question = target.sample().question().in(language);
                PracticePartner.Reply reply = partner.start().ask(question);
                if (!reply.targets().contains(target.id())) {
                    missed.add(persona.id() + "/" + target.id() + ": \"" + question + "\" → " + reply.targets() + " "
                            + reply.answer());
                }
            }
        }
        return missed;
    }

    @Test
    void everySampleOfHomebodysPersonasUncoversItsTarget() {
        assertThat(missedSamples("homebody", Locale.ENGLISH)).isEmpty();
        assertThat(missedSamples("homebody", LocalizedText.CHINESE)).isEmpty();
    }

    @Test
    void everySampleOfFreshwaysPersonasUncoversItsTarget() {
        assertThat(missedSamples("freshway", Locale.ENGLISH)).isEmpty();
        assertThat(missedSamples("freshway", LocalizedText.CHINESE)).isEmpty();
    }

    @Test
    void sarahAnswersFromHerOwnFactsNotYoshis() {
        ScenarioPack homebody = PracticeCommand.pack("homebody", "scenarios").orElseThrow();
        CaseFile.Persona sarah =
                homebody.caseData().orElseThrow().persona("sarah").orElseThrow();
        PracticePartner.Reply reply = PracticePartner.of(
                        sarah, homebody.caseData().orElseThrow(), LocalizedText.CHINESE)
                .start()
                .ask("您现在最头疼的问题是什么？");

        assertThat(reply.targets()).containsExactly("sarah-pain");
        assertThat(reply.answer()).contains("市场份额减少").doesNotContain("业务收入不断降低");
    }
}
