package org.ssmclassroom.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link a tablet opens to join, and its QR code. When the instructor's browser reaches the server as
 * {@code localhost}, tablets cannot use that address, so the server's own classroom-network address is used
 * instead (or {@code ssm.public-url} when set).
 */
public final class JoinLink {

    private static final Logger log = LoggerFactory.getLogger(JoinLink.class);

    private JoinLink() {}

    /** The join URL for {@code code}, built from the configured public URL or the address the browser used. */
    public static String url(String configuredPublicUrl, URI browserUrl, JoinCode code) {
        String base = configuredPublicUrl != null && !configuredPublicUrl.isBlank()
                ? configuredPublicUrl.replaceAll("/+$", "")
                : reachableBase(browserUrl);
        String url = base + "/join/" + code.value();
        if (unreachableFromTablets(url)) {
            log.warn(
                    "The join link {} names this machine itself: tablets cannot open it. No classroom network address"
                            + " was found; set ssm.public-url (e.g. --ssm.public-url=http://192.168.1.20:8080).",
                    url);
        }
        return url;
    }

    /** A link to this machine's loopback address works only on this machine, never on a tablet. */
    public static boolean unreachableFromTablets(String url) {
        String host = URI.create(url).getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String reachableBase(URI browserUrl) {
        String host = browserUrl.getHost();
        if (host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")) {
            host = classroomAddress().orElse(host == null ? "localhost" : host);
        }
        int port = browserUrl.getPort();
        return browserUrl.getScheme() + "://" + host + (port < 0 ? "" : ":" + port);
    }

    /** The first site-local IPv4 address of this machine, as a tablet on the same network would reach it. */
    static Optional<String> classroomAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A QR code of {@code text} as an SVG data URI: no image library, crisp on a projector at any size. */
    public static String qrSvgDataUri(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                    .append(matrix.getWidth())
                    .append(' ')
                    .append(matrix.getHeight())
                    .append("' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='white'/><path d='");
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            svg.append("' fill='black'/></svg>");
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR: " + text, e);
        }
    }
}
