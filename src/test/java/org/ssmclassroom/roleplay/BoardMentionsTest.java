package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.CaseFile;

/** Notes as trainees write them on the SAM&TIM board, and the interview targets they mention. */
class BoardMentionsTest {

    private static CaseFile.Interview homebody;

    @BeforeAll
    static void yoshi() {
        homebody = PracticeCommand.pack("homebody", "scenarios")
                .orElseThrow()
                .caseData()
                .orElseThrow()
                .interview();
    }

    @Test
    void notesInEitherLanguageMentionTheTargetsTheySayAndNoOthers() {
        Map<String, String> notes = Map.of(
                "抢回市场份额,重新赢得客户忠诚", "direction",
                "最关键:尽快上线客户关系管理系统", "critical-initiative",
                "由销售市场副总裁Sarah负责", "owner",
                "季度分析师会议马上要开,今年收益不达预期", "compelling-reason",
                "Win back market share and customer loyalty within three years", "direction",
                "Sarah (VP Sales & Marketing) owns the CRM initiative", "owner",
                "Analysts meeting soon; earnings well below forecast", "compelling-reason",
                "No action plan exists yet", "no-action-plan");
        notes.forEach((note, target) -> assertThat(BoardMentions.mentioned(homebody, List.of(note)))
                .as(note)
                .contains(target));
    }

    @Test
    void unrelatedNotesMentionNoTarget() {
        assertThat(BoardMentions.mentioned(
                        homebody, List.of("午饭后继续讨论", "Team lunch at noon", "待定", "We should sell them our software")))
                .isEmpty();
    }
}
