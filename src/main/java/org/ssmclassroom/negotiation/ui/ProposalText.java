package org.ssmclassroom.negotiation.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ssmclassroom.negotiation.ComputerCustomer;
import org.ssmclassroom.negotiation.Proposal;

/** A proposal as the chat and the record show it: "price: … (if you accept on …: …); …; criterion: …". */
final class ProposalText {

    private ProposalText() {}

    static String of(Component owner, ComputerCustomer customer, Locale language, Proposal proposal) {
        List<String> parts = new ArrayList<>();
        for (Proposal.Offer offer : proposal.offers()) {
            String text = owner.getTranslation(
                    "negotiation.offered",
                    customer.issueName(offer.issue(), language),
                    customer.optionLabel(offer.issue(), offer.option(), language));
            if (offer.conditioned()) {
                text = text + " "
                        + owner.getTranslation(
                                "negotiation.onCondition",
                                customer.issueName(offer.conditionIssue(), language),
                                customer.optionLabel(offer.conditionIssue(), offer.conditionOption(), language));
            }
            parts.add(text);
        }
        if (proposal.namedCriterion()) {
            parts.add(owner.getTranslation("negotiation.namedCriterion", proposal.criterion()));
        }
        return String.join(owner.getTranslation("negotiation.separator"), parts);
    }
}
