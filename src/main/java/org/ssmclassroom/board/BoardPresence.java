package org.ssmclassroom.board;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;
import org.ssmclassroom.base.Subscribers;

/**
 * Who is on a board through this node, told to the other nodes on the shared live mechanism ({@link Subscribers}):
 * on every change, and again now and then, so that the presence of a node that died fades
 * ({@link LiveBoards#STALE}). Each node's announcement says the node and its viewers.
 */
final class BoardPresence {

    static final LiveTopic<BoardId, Announced> TOPIC =
            new LiveTopic<>("board-presence", BoardId.class, Announced.class);

    /** One node's viewers of one board, as announced. */
    record Announced(String node, List<BoardSnapshot.Presence> viewers) {}

    private final String node = UUID.randomUUID().toString();
    private final ClusterBus bus;
    private final LiveBoards live;
    private final Subscribers<BoardId, Announced> announcements;
    /** The boards this node hears the others' presence of: those its screens follow. */
    private final Map<BoardId, Runnable> hearing = new ConcurrentHashMap<>();

    BoardPresence(ClusterBus bus, LiveBoards live) {
        this.bus = bus;
        this.live = live;
        this.announcements = new Subscribers<BoardId, Announced>()
                .acrossNodes(bus, TOPIC, (board, announced) -> announced, announced -> announced);
    }

    /** Tells the other nodes who is on the board through this one, and hears theirs while it is followed here. */
    void announce(BoardId board) {
        if (live.followed(board)) {
            hearing.computeIfAbsent(board, b -> announcements.subscribe(b, heard -> heard(b, heard)));
        } else {
            Runnable stop = hearing.remove(board);
            if (stop != null) {
                stop.run();
            }
        }
        if (bus.severalNodes()) {
            announcements.publish(board, new Announced(node, live.here(board)));
        }
    }

    /** Again now and then: a node that stops announcing (it died) stops counting after a while. */
    void announceAgain() {
        live.followedBoards().forEach(this::announce);
        live.forgetSilentNodes();
    }

    private void heard(BoardId board, Announced announced) {
        if (announced == null || announced.node().equals(node)) {
            return; // missed announcements come again within the re-announce; our own we know
        }
        boolean newNode = live.elsewhere(board, announced.node(), announced.viewers());
        live.sendPresence(board);
        if (newNode && !live.here(board).isEmpty()) {
            // A node that just came to this board has not heard who is here: tell it once, not every time.
            announcements.publish(board, new Announced(node, live.here(board)));
        }
    }
}
