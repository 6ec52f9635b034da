package org.entente.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.engine.event.AccessIssued;
import org.entente.engine.event.AccessRevoked;
import org.entente.engine.bots.SeatedBots;
import org.entente.engine.event.BotResumed;
import org.entente.engine.event.BotSeated;
import org.entente.engine.event.ChannelOpened;
import org.entente.engine.event.Event;
import org.entente.engine.event.MessagePosted;
import org.entente.engine.event.Recorded;
import org.entente.engine.event.ScenarioLoaded;
import org.entente.engine.event.SessionCreated;
import org.entente.engine.event.SessionCreated.NationSeat;
import org.entente.engine.world.World;
import org.entente.scenario.ScenarioLoader;

/**
 * A session's state, which is nothing but the fold of its log: {@link #apply} is the only way it
 * changes, and it only assigns — every check happens before, in {@link CommandHandler}.
 */
public final class SessionState {
    private String sessionId;
    private String scenarioId;
    private String title;
    private String rules;
    private World world;
    private final List<NationSeat> nations = new ArrayList<>();
    private final Map<String, Role> roleByTokenHash = new HashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    /** Each role's last command ids → the seq of the first event each produced: a re-sent command is not applied twice. */
    private final RecentCommands recentCommands = new RecentCommands();
    private final SeatedBots bots = new SeatedBots();
    private long lastSeq;

    public static SessionState replay(Iterable<Recorded> log) {
        SessionState state = new SessionState();
        for (Recorded r : log) {
            state.apply(r);
        }
        return state;
    }

    public void apply(Recorded r) {
        if (r.seq() != lastSeq + 1) {
            throw new IllegalStateException("event " + r.seq() + " applied after " + lastSeq + ": the log has a gap or a repeat");
        }
        lastSeq = r.seq();
        if (r.commandId() != null && r.actor() != null) {
            recentCommands.record(r.actor(), r.commandId(), r.seq());
        }
        Event event = r.event();
        if (event instanceof SessionCreated e) {
            sessionId = e.sessionId();
            scenarioId = e.scenarioId();
            title = e.title();
            rules = RulesVersion.of(e);
            nations.addAll(e.nations());
        } else if (event instanceof ScenarioLoaded e) {
            world = new World(ScenarioLoader.parse(e.scenarioYaml(), scenarioId), e.scenarioYaml(), e.seed());
        } else if (event instanceof AccessIssued e) {
            roleByTokenHash.put(e.tokenHash(), e.role());
        } else if (event instanceof AccessRevoked e) {
            roleByTokenHash.values().removeIf(e.role()::equals);
        } else if (SeatedBots.roleOf(event) != null) {
            // A bot's token is its role's only one: seating the bot takes the role from whoever held an invite,
            // resuming it replaces its old token, unseating it leaves the role with none.
            Role role = Role.nation(SeatedBots.roleOf(event));
            roleByTokenHash.values().removeIf(role::equals);
            if (event instanceof BotSeated e) {
                roleByTokenHash.put(e.tokenHash(), role);
            } else if (event instanceof BotResumed e) {
                roleByTokenHash.put(e.tokenHash(), role);
            }
            bots.apply(r.seq(), event);
            world.apply(event);
        } else if (event instanceof org.entente.engine.event.ChannelLocked e) {
            channels.get(e.channel()).lock(e.locked());
        } else if (event instanceof ChannelOpened e) {
            channels.put(e.channel(), new Channel(e.channel(), e.kind(), e.nations()));
        } else if (event instanceof MessagePosted e) {
            Channel channel = channels.get(e.channel());
            if (channel == null) {
                // Only a log written or edited by something other than this server can say so (a replayed file).
                throw new IllegalStateException("a message in channel '" + e.channel() + "', which no earlier event opened");
            }
            channel.add(r.seq(), r.at(), e);
            if (world != null) {
                world.noteMessage(e.channel(), e.from().id());
            }
        } else {
            world.apply(event);
        }
    }

    /** The seq of the first event of a command the role sent recently (within {@link RecentCommands#WINDOW} commands). */
    public Optional<Long> seqOfCommand(Role actor, String commandId) {
        return recentCommands.seqOf(actor, commandId);
    }

    public String sessionId() {
        return sessionId;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public String title() {
        return title;
    }

    /** The rules of adjudication the session was created under ({@link RulesVersion}). */
    public String rules() {
        return rules;
    }

    public World world() {
        return world;
    }

    /** The bots that hold roles (docs/bots.md). */
    public SeatedBots bots() {
        return bots;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public List<NationSeat> nations() {
        return Collections.unmodifiableList(nations);
    }

    public List<String> nationIds() {
        return nations.stream().map(NationSeat::id).toList();
    }

    public boolean hasNation(String id) {
        return nations.stream().anyMatch(n -> n.id().equals(id));
    }

    public Optional<Role> roleForTokenHash(String tokenHash) {
        return Optional.ofNullable(roleByTokenHash.get(tokenHash));
    }

    public Map<String, Role> tokenHashes() {
        return Collections.unmodifiableMap(roleByTokenHash);
    }

    public Optional<Channel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    public List<Channel> channels() {
        return List.copyOf(channels.values());
    }

    public Set<String> seated() {
        return world == null ? Set.of() : world.seats();
    }

    public boolean canRead(Role role, Channel channel) {
        return channel.readableBy(role, seated());
    }

    public boolean canWrite(Role role, Channel channel) {
        return channel.writableBy(role, seated());
    }

    public List<Channel> channelsReadableBy(Role role) {
        return channels.values().stream().filter(c -> canRead(role, c)).toList();
    }
}
