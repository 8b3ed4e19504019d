package org.ssmclassroom.scenario;

import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;

/**
 * A loaded, valid pack. A method pack has no case; a case pack carries the method of the method pack it names,
 * so everything a workshop needs is reachable from here. {@code documents} holds Markdown bodies by document id.
 */
public record ScenarioPack(
        PackManifest manifest, Method method, CaseFile caseFile, Map<String, LocalizedText> documents) {

    public String id() {
        return manifest.id();
    }

    public boolean isCase() {
        return manifest.kind() == PackManifest.Kind.CASE;
    }

    public Optional<CaseFile> caseData() {
        return Optional.ofNullable(caseFile);
    }

    public Optional<LocalizedText> documentBody(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }
}
