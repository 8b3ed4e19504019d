package org.ssmclassroom.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.ssmclassroom.board.BoardEdit;

/** Two people changed one field at once: show the other's text beside mine, and let me keep, take or merge. */
class ConflictDialog extends Dialog {

    ConflictDialog(FieldEditor editor, BoardEdit.Conflict conflict, BoardEditor board) {
        String mine = editor.text();
        setHeaderTitle(
                getTranslation("board.conflict.title", editor.field().label().in(getLocale())));
        Paragraph theirs =
                new Paragraph(getTranslation("board.conflict.theirs", conflict.author(), conflict.currentText()));
        theirs.addClassName("conflict-theirs");
        TextArea merged = new TextArea(getTranslation("board.conflict.merged"));
        merged.setValue(conflict.currentText().isBlank() ? mine : conflict.currentText() + "\n" + mine);
        merged.setWidthFull();
        add(theirs, new Paragraph(getTranslation("board.conflict.mine", mine)), merged);
        Button keepTheirs = new Button(getTranslation("board.conflict.keepTheirs"), e -> {
            editor.setVersion(conflict.currentVersion());
            editor.setText(conflict.currentText());
            close();
        });
        Button saveMerged = new Button(getTranslation("board.conflict.saveMerged"), e -> {
            editor.setVersion(conflict.currentVersion());
            editor.setText(merged.getValue());
            close();
            board.save(editor);
        });
        Button saveMine = new Button(getTranslation("board.conflict.saveMine"), e -> {
            editor.setVersion(conflict.currentVersion());
            editor.setText(mine);
            close();
            board.save(editor);
        });
        saveMerged.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(keepTheirs, saveMine, saveMerged);
        // Only a choice closes it: Escape or a tap beside it would drop the user's text unseen.
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
    }
}
