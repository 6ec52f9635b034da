package org.entente.engine;

import java.util.ArrayDeque;
import java.util.List;
import org.entente.engine.event.MessagePosted;

/** A channel and its history, as the session state holds it. */
public final class Channel {
    public static final int RECENT_MESSAGES = RoleView.MESSAGES_PER_CHANNEL;
    private final String id;
    private final ChannelKind kind;
    private final List<String> nations;
    /** The last {@value #RECENT_MESSAGES} messages, oldest first; older ones are in the journal. */
    private final ArrayDeque<Message> messages = new ArrayDeque<>();
    private long messageCount;
    private boolean locked;

    Channel(String id, ChannelKind kind, List<String> nations) {
        this.id = id;
        this.kind = kind;
        this.nations = List.copyOf(nations);
    }

    public String id() {
        return id;
    }

    public ChannelKind kind() {
        return kind;
    }

    public List<String> nations() {
        return nations;
    }

    /** Locked by the white cell: no nation may post here until it is unlocked. */
    public boolean locked() {
        return locked;
    }

    void lock(boolean value) {
        locked = value;
    }

    /**
     * The channel's last {@value #RECENT_MESSAGES} messages, oldest first (what a snapshot shows); the
     * older ones are read from the journal by whatever needs them (review, replay).
     */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** How many messages the channel has had in all. */
    public long messageCount() {
        return messageCount;
    }

    /**
     * Whether a role may read this channel: its nations (for the council, the nations seated now), and
     * the white cell, which sees everything.
     */
    public boolean readableBy(Role role, java.util.Set<String> seated) {
        if (role.isWhiteCell()) {
            return true;
        }
        return kind == ChannelKind.COUNCIL ? seated.contains(role.id()) : nations.contains(role.id());
    }

    /** Whether a role may write here: its readers; the white cell only where it is a party (plenary, white-cell). */
    public boolean writableBy(Role role, java.util.Set<String> seated) {
        if (role.isWhiteCell()) {
            return kind == ChannelKind.PLENARY || kind == ChannelKind.WHITE_CELL;
        }
        return readableBy(role, seated);
    }

    void add(long seq, long at, MessagePosted posted) {
        messages.addLast(new Message(seq, at, posted.from(), posted.author(), posted.text()));
        messageCount++;
        if (messages.size() > RECENT_MESSAGES) {
            messages.removeFirst();
        }
    }

    /** One message as it stands in the channel's history. */
    public record Message(long seq, long at, Role from, String author, String text) {
    }
}
