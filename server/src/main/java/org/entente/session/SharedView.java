package org.entente.session;

import java.util.function.Function;

/**
 * One role's fresh view on its way to every subscriber of that role. Its JSON is encoded once, and so are the
 * bytes all those subscribers' frames share (everything but the position): twenty players of one nation get one
 * encoding, not twenty — at a phase change that refreshes a whole node, the difference between 4,000 encodings
 * and 10,000.
 */
public final class SharedView {
    private final String json;
    private volatile byte[] wireTail;

    SharedView(String json) {
        this.json = json;
    }

    /** The view's JSON, as the protocol's snapshot carries it. */
    public String json() {
        return json;
    }

    /** The bytes every recipient's frame shares, encoded by the first recipient that asks and kept for the rest. */
    public byte[] wireTail(Function<SharedView, byte[]> encode) {
        byte[] tail = wireTail;
        if (tail == null) {
            tail = encode.apply(this);
            wireTail = tail;
        }
        return tail;
    }
}
