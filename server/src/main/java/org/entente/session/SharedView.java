package org.entente.session;

import java.util.function.Function;

/**
 * One role's fresh view, or the patch to its last one, on its way to every subscriber of that role. Its JSON is
 * encoded once, and so are the bytes all those subscribers' frames share (everything but the position): twenty
 * players of one nation get one encoding, not twenty — at a phase change that refreshes a whole node, the
 * difference between 4,000 encodings and 10,000.
 */
public final class SharedView {
    private final String json;
    private final boolean patch;
    private volatile byte[] wireTail;

    private SharedView(String json, boolean patch) {
        this.json = json;
        this.patch = patch;
    }

    /** A whole view, which the client takes in place of its own (a snapshot frame). */
    static SharedView whole(String json) {
        return new SharedView(json, false);
    }

    /** The members of a view that changed since the role's last refresh (a patch frame). */
    static SharedView patch(String json) {
        return new SharedView(json, true);
    }

    /** The view's JSON, as the protocol's snapshot carries it, or the patch's. */
    public String json() {
        return json;
    }

    public boolean isPatch() {
        return patch;
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
