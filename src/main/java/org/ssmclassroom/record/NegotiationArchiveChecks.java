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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.negotiation.Proposal;
import org.ssmclassroom.negotiation.Round;
import org.ssmclassroom.workshop.Participant;

/** {@link ArchiveChecks} for a table's negotiations with the computer customer, held to the live rules (ADR 019). */
final class NegotiationArchiveChecks {

    /** Negotiations a table holds, and rounds a negotiation: the customer ends one within a handful. */
    static final int MOST = 1_000;

    /** Offers in a proposal: the case schema's most issues, so a stored proposal fits its column. */
    private static final int MOST_OFFERS = 6;

    private static final int LONGEST_LINE = 4_000;

    /** An issue or option id: what the pack allows, and nothing that would break the stored form. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private NegotiationArchiveChecks() {}

    /** Negotiations started by a member of the table ({@code names}), each with its rounds. */
    static void negotiations(
            List<org.ssmclassroom.record.WorkshopArchive.Negotiation> all, String at, Set<String> names) {
        count(all, at, MOST);
        for (int n = 0; n < all.size(); n++) {
            negotiation(all.get(n), at + "/" + n, names);
        }
    }

    private static void negotiation(WorkshopArchive.Negotiation negotiation, String at, Set<String> names) {
        require(negotiation, at);
        if (!names.contains(negotiation.startedBy())) {
            throw new ActionRefused("archiveNotAMember", at + "/startedBy", negotiation.startedBy());
        }
        time(negotiation.startedAt(), at + "/startedAt");
        optionalTime(negotiation.endedAt(), at + "/endedAt");
        count(negotiation.rounds(), at + "/rounds", MOST);
        Map<String, String> positions = new HashMap<>();
        for (int r = 0; r < negotiation.rounds().size(); r++) {
            String place = at + "/rounds/" + r;
            Round round = negotiation.rounds().get(r);
            require(round, place);
            once(positions, String.valueOf(round.position()), place);
            text(round.proposedBy(), place + "/proposedBy", Participant.Profile.LONGEST_NAME);
            require(round.proposal(), place + "/proposal");
            require(round.proposal().offers(), place + "/proposal/offers");
            count(round.proposal().offers(), place + "/proposal/offers", MOST_OFFERS);
            for (int o = 0; o < round.proposal().offers().size(); o++) {
                Proposal.Offer offer = round.proposal().offers().get(o);
                String spot = place + "/proposal/offers/" + o;
                require(offer, spot);
                id(offer.issue(), spot + "/issue");
                id(offer.option(), spot + "/option");
                if (offer.conditionIssue() != null || offer.conditionOption() != null) {
                    id(offer.conditionIssue(), spot + "/conditionIssue");
                    id(offer.conditionOption(), spot + "/conditionOption");
                }
            }
            length(round.proposal().criterion(), place + "/proposal/criterion", NegotiationService.TEXT_LIMIT);
            require(round.reply(), place + "/reply");
            require(round.reply().move(), place + "/reply/move");
            for (String value : new String[] {
                round.reply().issue(),
                round.reply().option(),
                round.reply().given(),
                round.reply().givenOption()
            }) {
                if (value != null) {
                    id(value, place + "/reply");
                }
            }
            require(round.reply().offered(), place + "/reply/offered");
            count(round.reply().offered().keySet(), place + "/reply/offered", MOST_OFFERS);
            round.reply().offered().forEach((issue, option) -> {
                id(issue, place + "/reply/offered");
                id(option, place + "/reply/offered/" + issue);
            });
            present(round.line(), place + "/line", LONGEST_LINE);
            time(round.at(), place + "/at");
        }
    }

    private static void id(String value, String at) {
        text(value, at, LONGEST_ID);
        if (!ID.matcher(value).matches()) {
            throw new ActionRefused("archiveNotAnId", at, value);
        }
    }
}
