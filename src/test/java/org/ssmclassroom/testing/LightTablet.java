package org.ssmclassroom.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tablet without a browser: it speaks the same HTTP messages Vaadin's client sends (bootstrap, navigation,
 * property sync and DOM events), so its taps and typing go through the views, the same listeners and the same
 * services a real tablet's do, at a fraction of a browser's memory. It keeps its own cookies (device token and
 * session) like a browser profile. It does not hold a push connection: what the server has for it arrives with
 * the answer to its next message.
 */
public final class LightTablet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> CLICK = Map.of(
            "event.shiftKey",
            false,
            "event.metaKey",
            false,
            "event.detail",
            1,
            "event.ctrlKey",
            false,
            "event.clientX",
            10,
            "event.clientY",
            10,
            "event.altKey",
            false,
            "event.button",
            0,
            "event.screenX",
            10,
            "event.screenY",
            10);

    private final String base;
    private final HttpClient http;
    private final java.util.Set<Integer> invalid = new java.util.HashSet<>();
    private UiTree tree;
    private int uiId;
    private String csrf;
    private int syncId;
    private int clientId;

    public LightTablet(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * A light tablet that joined with the code, introduced itself as {@code name} and sat at table {@code table}
     * (0: chooses its table later).
     */
    public static LightTablet join(String base, String code, String name, int table)
            throws IOException, InterruptedException {
        LightTablet tablet = new LightTablet(base).open("/join/" + code);
        tablet.fill("Your name", name);
        tablet.fill("Your company", "Acme");
        tablet.fill("Your job title", "Account manager");
        tablet.fill("Years in sales", "3");
        if (table > 0) {
            tablet.choose("Your table", "Table " + table + " (");
        }
        tablet.click("Join");
        return tablet;
    }

    /** A fresh tablet (no cookie) types a code on the join page; every text on the page after "Continue". */
    public static String typeCode(String base, String code) throws IOException, InterruptedException {
        LightTablet tablet = new LightTablet(base).open("/join");
        tablet.fill("Join code", code);
        tablet.click("Continue");
        return tablet.text();
    }

    /** Opens a page as a browser does: the page, the UI's bootstrap, then the navigation to the route. */
    public LightTablet open(String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri(path)).GET());
        String location = URLEncoder.encode(path.substring(1), StandardCharsets.UTF_8);
        JsonNode init = JSON.readTree(send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + location
                        + "&query=&v-sw=1024&v-sh=768&v-ww=1024&v-wh=768&v-tzid=UTC&v-curdate="
                        + System.currentTimeMillis()))
                .GET()));
        JsonNode config = init.get("appConfig");
        JsonNode uidl = config.get("uidl");
        tree = new UiTree();
        invalid.clear();
        uiId = config.get("v-uiId").asInt();
        csrf = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.get("clientId").asInt();
        apply(uidl);
        ObjectNode navigate = event(1, "ui-navigate");
        navigate.putPOJO("data", Map.of("route", path, "query", "", "appShellTitle", "", "trigger", ""));
        rpc(List.of(navigate));
        return this;
    }

    /** Types into the field with this label and leaves it, as a tablet's keyboard and a tap elsewhere do. */
    public void fill(String label, String text) throws IOException, InterruptedException {
        UiTree.Node field = labelled(label);
        rpc(List.of(sync(field.id(), "value", text), event(field.id(), "change")));
        if (invalid.contains(field.id())) {
            throw new Refused(label + ": " + labelled(label).property("errorMessage"));
        }
    }

    /** Picks the option of a select whose text starts with the given words. */
    public void choose(String label, String option) throws IOException, InterruptedException {
        UiTree.Node select = labelled(label);
        UiTree.Node item = tree.descendants(select, "vaadin-select-item").stream()
                .filter(candidate -> tree.text(candidate).strip().startsWith(option))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no option \"" + option + "\" in " + label));
        rpc(List.of(sync(select.id(), "value", item.property("value")), event(select.id(), "value-changed")));
    }

    public void click(String caption) throws IOException, InterruptedException {
        UiTree.Node button = tree.withText("vaadin-button", caption)
                .orElseThrow(
                        () -> new IllegalStateException("no button \"" + caption + "\" on the page:" + tree.allText()));
        ObjectNode click = event(button.id(), "click");
        click.putPOJO("data", CLICK);
        rpc(List.of(click));
    }

    /** What the field with this label shows. */
    public String value(String label) {
        String value = labelled(label).property("value");
        return value == null ? "" : value;
    }

    /** Every text on the page. */
    public String text() {
        return tree.allText();
    }

    /** Sends nothing new, and takes what the server has kept for this tablet since its last message. */
    public void refresh() throws IOException, InterruptedException {
        rpc(List.of());
    }

    /** The heartbeat a browser sends on a timer: "this screen is still open". */
    public void heartbeat() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private UiTree.Node labelled(String label) {
        return tree.labelled(label)
                .orElseThrow(() ->
                        new IllegalStateException("no field labelled \"" + label + "\" on the page:" + tree.allText()));
    }

    private void rpc(List<ObjectNode> calls) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrf);
        ArrayNode rpc = message.putArray("rpc");
        calls.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        String body = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.get("meta").has("sessionExpired")) {
            throw new IOException("the session expired");
        }
        if (answer.has("meta") && answer.get("meta").has("appError")) {
            throw new IOException("the server answered with an error: " + answer.get("meta"));
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("changes")) {
            tree.apply(uidl.get("changes"));
        }
        if (uidl.has("execute")) {
            uidl.get("execute").forEach(this::noteValidity);
        }
    }

    /** Flow marks a field invalid by running {@code this.invalid = $0} on it; the browser would show it red. */
    private void noteValidity(JsonNode call) {
        if (call.size() == 3
                && call.get(2).asString().contains("this.invalid = $0")
                && call.get(1).has("@v-node")) {
            int node = call.get(1).get("@v-node").asInt();
            if (call.get(0).asBoolean()) {
                invalid.add(node);
            } else {
                invalid.remove(node);
            }
        }
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.putObject("data");
        return event;
    }

    private static ObjectNode sync(int node, String property, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    /** The server did not take what was typed, and said why on the field. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
