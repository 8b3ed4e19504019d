package org.ssmclassroom.base;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a feature announces to the other nodes: a name, the key of what changed (a workshop, a board) and a detail
 * of what in it changed, each typed. Every topic travels in one format, JSON, so no feature writes its own.
 */
public record LiveTopic<K, D>(String name, Class<K> keyType, Class<D> detailType) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A topic whose announcements say only which key changed. */
    public static <K> LiveTopic<K, Void> of(String name, Class<K> keyType) {
        return new LiveTopic<>(name, keyType, Void.class);
    }

    String writeKey(K key) {
        return JSON.writeValueAsString(key);
    }

    K readKey(String json) {
        return JSON.readValue(json, keyType);
    }

    String writeDetail(D detail) {
        return JSON.writeValueAsString(detail);
    }

    /** The detail, or null when none was sent (or after missed announcements). */
    D readDetail(String json) {
        return json == null || json.isEmpty() ? null : JSON.readValue(json, detailType);
    }
}
