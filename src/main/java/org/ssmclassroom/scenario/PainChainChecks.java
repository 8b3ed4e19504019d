package org.ssmclassroom.scenario;

import static org.ssmclassroom.scenario.CasePackCheck.loopFrom;
import static org.ssmclassroom.scenario.MethodPackCheck.ids;
import static org.ssmclassroom.scenario.MethodPackCheck.nullSafe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ssmclassroom.base.TextMatch;

/** Pain chains: each link is a known person, and each reason leads on to the next person's pain without a loop. */
record PainChainChecks(CaseFile caseFile, Method method, YamlTree tree, Problems problems, Set<String> people)
        implements CasePackCheck {

    @Override
    public void run() {
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
}
