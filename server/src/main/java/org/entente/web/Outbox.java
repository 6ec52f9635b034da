package org.entente.web;

import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * What the server holds for one client: every frame written to it and not yet taken by the network
 * counts against {@code maxQueuedBytes}, views and snapshots included. Frames are handed to the socket
 * a little at a time ({@link #HANDOFF} bytes in flight); the rest wait here, where a whole view
 * replaces the views and patches still waiting instead of stacking up. A client whose total would pass the budget
 * is dropped by its owner ({@code overflow}); so is the client holding the most when the node as a
 * whole holds too much ({@link NodeQueues}).
 */
final class Outbox {
    /** Bytes handed to the socket but not yet written to the network, beyond which frames wait here. */
    static final int HANDOFF = 64 * 1024;

    /** Frames at most this long go out as bytes shared between recipients; longer ones as text, split into fragments. */
    static final int LARGEST_SHARED_FRAME = 60 * 1024;

    /** What a frame carries, as far as waiting goes. */
    enum Kind {
        /** An event, an acknowledgement, an answer: kept, in order. */
        OTHER,
        /** A whole view, which supersedes any view or patch still waiting. */
        VIEW,
        /** The members of a view that changed since the last one: kept, in order, until a whole view supersedes it. */
        PATCH
    }

    /** A frame as text, or as bytes: a head of its own and a tail shared with the event's other recipients. */
    private record Frame(String text, byte[] head, byte[] tail, Kind kind) {
        long size() {
            return text != null ? text.length() : head.length + tail.length;
        }
    }

    private final ServerWebSocket socket;
    private final long budget;
    private final NodeQueues node;
    private final Runnable overflow;
    private final Runnable shed;
    private final ArrayDeque<Frame> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private long inFlight;
    private boolean closed;
    private boolean pumping;

    Outbox(ServerWebSocket socket, long budget, NodeQueues node, Runnable overflow, Runnable shed) {
        this.socket = socket;
        this.budget = budget;
        this.node = node;
        this.overflow = overflow;
        this.shed = shed;
        node.register(this);
    }

    /**
     * Queues a frame. Returns false, having called {@code overflow}, if the client now holds more than its
     * budget; a frame into an empty outbox is always taken, however large.
     */
    boolean offer(String text) {
        return offer(new Frame(text, null, null, Kind.OTHER));
    }

    /** Queues an event frame given as its head and its shared tail (see {@link #offer(String)}). */
    boolean offer(byte[] head, byte[] tail) {
        return offer(head, tail, Kind.OTHER);
    }

    /**
     * Queues a frame given as its head and its shared tail. A whole {@link Kind#VIEW} drops the views and
     * patches still waiting: it supersedes them, and the events between them stay in order.
     */
    boolean offer(byte[] head, byte[] tail, Kind kind) {
        if (head.length + tail.length > LARGEST_SHARED_FRAME) {
            return offer(new Frame(new String(head, StandardCharsets.UTF_8) + new String(tail, StandardCharsets.UTF_8), null, null, kind));
        }
        return offer(new Frame(null, head, tail, kind));
    }

    private boolean offer(Frame frame) {
        boolean over;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (frame.kind() == Kind.VIEW) {
                for (Iterator<Frame> i = waiting.iterator(); i.hasNext(); ) {
                    Frame f = i.next();
                    if (f.kind() != Kind.OTHER) {
                        i.remove();
                        waitingBytes -= f.size();
                        node.add(-f.size());
                    }
                }
            }
            long held = waitingBytes + inFlight;
            over = held > 0 && held + frame.size() > budget;
            if (!over) {
                waiting.add(frame);
                waitingBytes += frame.size();
                node.add(frame.size());
                pump();
            }
        }
        if (over) {
            node.countTooSlow();
            overflow.run();
            return false;
        }
        node.shedIfOver();
        return true;
    }

    /** Bytes this client holds now: waiting here and in flight. */
    synchronized long held() {
        return waitingBytes + inFlight;
    }

    /** Forgets what waits (the connection is going); what is in flight is released as the socket settles it. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            node.add(-waitingBytes);
            waiting.clear();
            waitingBytes = 0;
        }
        node.unregister(this);
    }

    private void pump() {
        if (pumping) {
            return; // a write that completed at once re-entered: the loop below carries on
        }
        pumping = true;
        try {
            while (!closed && !waiting.isEmpty() && (inFlight == 0 || inFlight + waiting.peek().size() <= HANDOFF)) {
                Frame f = waiting.poll();
                long size = f.size();
                waitingBytes -= size;
                inFlight += size;
                write(f).onComplete(done -> settled(size));
            }
        } finally {
            pumping = false;
        }
    }

    private Future<Void> write(Frame f) {
        if (f.text() != null) {
            return socket.writeTextMessage(f.text());
        }
        // Vert.x's public API builds a text frame only from a String; this frame wraps the shared bytes instead.
        return socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, payload(f.head(), f.tail()), true));
    }

    /**
     * A frame's bytes for the socket. Netty's websocket encoder copies a frame under {@link #MERGED_BELOW} bytes
     * into one buffer with its header; given head and tail as a composite, it first merged them into a fresh
     * heap buffer, with a wrapper object per part: about a tenth of the node's garbage under a chat load. Below
     * that size the parts are joined here into one array instead; above it, the encoder writes the composite as
     * it is, with no copy of the shared tail per recipient.
     */
    private static io.netty.buffer.ByteBuf payload(byte[] head, byte[] tail) {
        int size = head.length + tail.length;
        if (size >= MERGED_BELOW) {
            return Unpooled.wrappedBuffer(head, tail);
        }
        byte[] joined = java.util.Arrays.copyOf(head, size);
        System.arraycopy(tail, 0, joined, head.length, tail.length);
        return Unpooled.wrappedBuffer(joined);
    }

    /** Netty's {@code WebSocket08FrameEncoder.GATHERING_WRITE_THRESHOLD}: smaller frames are copied whole. */
    private static final int MERGED_BELOW = 1024;

    private void settled(long size) {
        synchronized (this) {
            inFlight -= size;
            node.add(-size);
            pump();
        }
    }

    /** Called by the node under pressure: drop this client, one of those holding the most. */
    void shed() {
        shed.run();
    }
}
