package org.entente.bot;

/**
 * How a bot plays its role: what it does in each phase, and how it answers what others put to it.
 * A policy reads only its {@link BotContext} (the frames its role received) and acts only through
 * it (the protocol's commands), so anything a bot does a player could have done.
 */
public interface Policy {

    /** The policy's name, as the API and the {@code play} command spell it. */
    String name();

    /** Whether it plays a coalition leader (else a partner). */
    boolean leads();

    /**
     * The bot's move for a phase ("negotiation", "council", "orders", "reports"), called once per
     * phase of each turn. It answers what is waiting for it first.
     */
    void act(BotContext ctx, String phase);

    /**
     * Answers offers addressed to it and votes on proposals before the council, as they arrive
     * (between its phase moves). Returns whether it changed anything its orders depend on.
     */
    boolean respond(BotContext ctx);
}
