package org.ssmclassroom.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * This browser's device token: from the cookie the filter set (read on the page-load request), kept in the
 * session for later requests such as push messages. Without cookies the session gets one of its own.
 */
public final class CurrentDevice {

    private CurrentDevice() {}

    public static DeviceToken get() {
        VaadinSession session = VaadinSession.getCurrent();
        DeviceToken known = session.getAttribute(DeviceToken.class);
        if (known != null) {
            return known;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        DeviceToken token = Optional.ofNullable(request)
                .map(r -> r.getAttribute(DeviceCookieFilter.ATTRIBUTE))
                .filter(DeviceToken.class::isInstance)
                .map(DeviceToken.class::cast)
                .or(() -> Optional.ofNullable(request).flatMap(r -> DeviceCookieFilter.fromCookies(r.getCookies())))
                .orElseGet(DeviceToken::random);
        session.setAttribute(DeviceToken.class, token);
        return token;
    }

    /** The client's network as {@link ClientAddress} resolved it for this request. */
    public static Network network() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = clientAddress();
        return request != null && request.getAttribute(ClientAddress.ROOM_ATTRIBUTE) instanceof String room
                ? new Network(address, room)
                : Network.of(address);
    }

    /** The client's address as {@link ClientAddress} resolved it for this request. */
    public static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "unknown";
        }
        Object resolved = request.getAttribute(ClientAddress.ATTRIBUTE);
        return resolved instanceof String address
                ? address
                : Optional.ofNullable(request.getRemoteAddr()).orElse("unknown");
    }
}
