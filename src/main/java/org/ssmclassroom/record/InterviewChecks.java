package org.ssmclassroom.record;

import static org.ssmclassroom.record.ArchiveChecks.LONGEST_ID;
import static org.ssmclassroom.record.ArchiveChecks.count;
import static org.ssmclassroom.record.ArchiveChecks.length;
import static org.ssmclassroom.record.ArchiveChecks.once;
import static org.ssmclassroom.record.ArchiveChecks.optionalTime;
import static org.ssmclassroom.record.ArchiveChecks.present;
import static org.ssmclassroom.record.ArchiveChecks.require;
import static org.ssmclassroom.record.ArchiveChecks.text;
import static org.ssmclassroom.record.ArchiveChecks.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.roleplay.PracticeService;
import org.ssmclassroom.roleplay.PracticeSession;
import org.ssmclassroom.roleplay.QuestionKind;
import org.ssmclassroom.workshop.Participant;

/** {@link ArchiveChecks} for a table's case interview and practice sessions, held to the same live rule (ADR 019). */
final class InterviewChecks {

    /** Targets a table's observer ticked in the case interview, or questions of one kind they tagged. */
    static final int MAX_INTERVIEW_TICKS = 1_000;

    /** Practice sessions a table holds, and questions a session: an hour of asking holds far fewer. */
    static final int MAX_PRACTICE = 1_000;

    /** The columns of a practice turn's targets and answer. */
    private static final int LONGEST_TARGETS = 1_000;

    private static final int LONGEST_ANSWER = 4_000;

    private InterviewChecks() {}

    /**
     * Targets are held to the length of their id only: like a template's field, a target this pack version lacks
     * is still read. A tag is one tap of the observer; a few dozen make an interview.
     */
    static void interview(WorkshopArchive.Interview interview, String at) {
        count(interview.found(), at + "/found", MAX_INTERVIEW_TICKS);
        Map<String, String> found = new HashMap<>();
        for (int f = 0; f < interview.found().size(); f++) {
            String place = at + "/found/" + f;
            text(interview.found().get(f), place, LONGEST_ID);
            once(found, interview.found().get(f), place);
        }
        questions(interview.questions(), at + "/questions");
        count(List.copyOf(interview.conversations().keySet()), at + "/conversations", MAX_INTERVIEW_TICKS);
        for (Map.Entry<String, Map<String, Integer>> conversation :
                interview.conversations().entrySet()) {
            String place = at + "/conversations/" + conversation.getKey();
            text(conversation.getKey(), place, LONGEST_ID);
            require(conversation.getValue(), place);
            questions(conversation.getValue(), place);
        }
    }

    private static void questions(Map<String, Integer> questions, String at) {
        Set<String> kinds =
                Arrays.stream(QuestionKind.values()).map(QuestionKind::id).collect(Collectors.toSet());
        for (Map.Entry<String, Integer> tagged : questions.entrySet()) {
            String place = at + "/" + tagged.getKey();
            if (!kinds.contains(tagged.getKey())) {
                throw new ActionRefused(
                        "archiveNoQuestionKind",
                        place,
                        tagged.getKey(),
                        String.join(", ", kinds.stream().sorted().toList()));
            }
            require(tagged.getValue(), place);
            if (tagged.getValue() < 0 || tagged.getValue() > MAX_INTERVIEW_TICKS) {
                throw new ActionRefused("archiveOutOfRange", place, tagged.getValue(), 0, MAX_INTERVIEW_TICKS);
            }
        }
    }

    /** Sessions started by a member of the table ({@code names}), each with its turns. */
    static void practice(List<WorkshopArchive.Practice> sessions, String at, Set<String> names) {
        count(sessions, at, MAX_PRACTICE);
        for (int p = 0; p < sessions.size(); p++) {
            session(sessions.get(p), at + "/" + p, names);
        }
    }

    private static void session(WorkshopArchive.Practice session, String at, Set<String> names) {
        require(session, at);
        if (!names.contains(session.startedBy())) {
            throw new ActionRefused("archiveNotAMember", at + "/startedBy", session.startedBy());
        }
        time(session.startedAt(), at + "/startedAt");
        optionalTime(session.endedAt(), at + "/endedAt");
        if (session.persona() != null) {
            text(session.persona(), at + "/persona", LONGEST_ID);
        }
        count(session.turns(), at + "/turns", MAX_PRACTICE);
        Map<String, String> positions = new HashMap<>();
        for (int t = 0; t < session.turns().size(); t++) {
            String place = at + "/turns/" + t;
            PracticeSession.Turn turn = session.turns().get(t);
            require(turn, place);
            once(positions, String.valueOf(turn.position()), place);
            text(turn.askedBy(), place + "/askedBy", Participant.Profile.LONGEST_NAME);
            text(turn.question(), place + "/question", PracticeService.QUESTION_LIMIT);
            require(turn.kind(), place + "/kind");
            require(turn.targets(), place + "/targets");
            for (int g = 0; g < turn.targets().size(); g++) {
                text(turn.targets().get(g), place + "/targets/" + g, LONGEST_ID);
            }
            length(String.join(",", turn.targets()), place + "/targets", LONGEST_TARGETS);
            present(turn.answer(), place + "/answer", LONGEST_ANSWER);
            time(turn.at(), place + "/at");
        }
    }
}
