package org.ssmclassroom.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ssmclassroom.base.LocalizedText;

/** The {@code pack.yaml} of a pack: who it is and, for a case, which method it uses. */
public record PackManifest(
        String id,
        Kind kind,
        String version,
        Origin origin,
        LocalizedText title,
        LocalizedText summary,
        MethodReference method) {

    public enum Kind {
        @JsonProperty("method")
        METHOD,
        @JsonProperty("case")
        CASE
    }

    /** A case's method: the pack id and the major version it was written for. */
    public record MethodReference(String id, int major) {}

    public Origin origin() {
        return Origin.orDeck(origin);
    }
}
