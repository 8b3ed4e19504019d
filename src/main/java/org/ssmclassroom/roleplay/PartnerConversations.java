package org.ssmclassroom.roleplay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * The practice partner's side of the sessions, kept in memory: one partner per case, persona and language, the
 * conversation of each session as far as it has heard it, and the optional endpoint that phrases its answers. The
 * database stays the truth: a conversation lost or behind is rebuilt from the stored turns.
 */
@Component
class PartnerConversations {

    private final AnswerPhrasing phrasing;
    private final Map<PartnerKey, PracticePartner> partners = new ConcurrentHashMap<>();
    private final Map<PracticeSession.Id, Replayed> conversations =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PracticeSession.Id, Replayed> eldest) {
                    return size() > 500;
                }
            });

    private record PartnerKey(String pack, String version, String persona, boolean chinese) {}

    /** A conversation and how many of the session's stored turns it has heard. */
    private record Replayed(PracticePartner.Conversation conversation, int turns) {}

    PartnerConversations(AnswerPhrasing phrasing) {
        this.phrasing = phrasing;
    }

    /**
     * The conversation that has heard every stored turn: kept in memory, and brought up to date by asking the
     * turns it has not heard (after a restart, or when another server took a question), which the partner
     * answers the same way again.
     */
    PracticePartner.Conversation conversation(PracticeSession session, WorkshopSnapshot workshop) {
        Replayed known = conversations.get(session.id());
        if (known == null || known.turns() > session.turns().size()) {
            known = new Replayed(partner(workshop, session.persona()).start(), 0);
        }
        for (PracticeSession.Turn turn :
                session.turns().subList(known.turns(), session.turns().size())) {
            known.conversation().ask(turn.question());
        }
        Replayed upToDate = new Replayed(known.conversation(), session.turns().size());
        conversations.put(session.id(), upToDate);
        return upToDate.conversation();
    }

    /** The session's newest turn is stored: its conversation has heard one more. */
    void stored(PracticeSession.Id session) {
        conversations.computeIfPresent(session, (k, r) -> new Replayed(r.conversation(), r.turns() + 1));
    }

    /** The session ended, or its last question was not stored: its conversation is rebuilt when needed. */
    void forget(PracticeSession.Id session) {
        conversations.remove(session);
    }

    /** The partner playing the case's persona {@code persona} (null: the interview's) in the workshop's language. */
    PracticePartner partner(WorkshopSnapshot workshop, String persona) {
        ScenarioPack pack = workshop.pack();
        Locale language = workshop.workshop().language();
        CaseFile.Persona played =
                PracticeService.personaOf(pack, persona).orElseThrow(() -> new ActionRefused("noPractice"));
        PartnerKey key =
                new PartnerKey(pack.id(), pack.manifest().version(), played.id(), LocalizedText.isChinese(language));
        return partners.computeIfAbsent(
                key, k -> PracticePartner.of(played, pack.caseData().orElse(null), language));
    }

    /** Only an answer drawn from a fact is phrased by the endpoint; the brief's own lines are said as they are. */
    String phrased(WorkshopSnapshot workshop, String personaId, String question, PracticePartner.Reply reply) {
        boolean fromAFact = reply.line() == PracticePartner.Line.FACT
                || reply.line() == PracticePartner.Line.SHORT
                || reply.line() == PracticePartner.Line.MORE;
        if (reply.targets().isEmpty() || !fromAFact || !reply.kind().asksAboutTheBusiness()) {
            return reply.answer();
        }
        PracticeService.Persona persona = PracticeService.persona(workshop, personaId);
        Locale language = workshop.workshop().language();
        String rules = PracticeService.personaOf(workshop.pack(), personaId)
                .map(i -> "Rules: answer only what you are asked; this is not a criticism session; if the"
                        + " trainee pitches a product, say: "
                        + PracticeService.text(i.style().pitch(), language))
                .orElse("");
        return phrasing.phrase(new AnswerPhrasing.Prompt(
                        persona.name() + (persona.title().isEmpty() ? "" : ", " + persona.title()),
                        language,
                        rules,
                        question,
                        reply.answer()))
                .orElse(reply.answer());
    }
}
