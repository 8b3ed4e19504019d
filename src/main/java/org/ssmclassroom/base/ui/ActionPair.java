package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * Two opposite actions (release and take back, unlock and lock again) as two buttons, only the one that applies
 * shown. Each button always does what it said when it was tapped: a tap that reaches the server after the state
 * moved on (a double tap, another instructor first) repeats its own action, which the service makes idempotent,
 * and never does the opposite, as one button toggling the current state would.
 *
 * <p>The other button is hidden with the {@code hidden} attribute, not {@code setVisible(false)}: Vaadin drops
 * without a word a click on a component it made invisible, and a late tap must still be answered.
 */
public final class ActionPair {

    private final Button doing;
    private final Button undoing;

    /**
     * @param doing the action (release, unlock), shown while it is not done
     * @param undoing its opposite, shown while it is done
     */
    public ActionPair(Button doing, Button undoing) {
        this.doing = doing;
        this.undoing = undoing;
        doing.addClassName("action-pair-do");
        undoing.addClassName("action-pair-undo");
    }

    public Button doing() {
        return doing;
    }

    public Button undoing() {
        return undoing;
    }

    /** Shows the button that applies now that the action is {@code done} or not. */
    public void show(boolean done) {
        shown(doing, !done);
        shown(undoing, done);
    }

    public void setEnabled(boolean enabled) {
        doing.setEnabled(enabled);
        undoing.setEnabled(enabled);
    }

    private static void shown(Button button, boolean shown) {
        button.getElement().setAttribute("hidden", !shown);
    }
}
