package org.entente.engine.rules;

import org.entente.engine.Decision;
import org.entente.engine.command.AddNote;
import org.entente.engine.command.AdjustClock;
import org.entente.engine.command.EndExercise;
import org.entente.engine.command.ComposeCrisis;
import org.entente.engine.command.IssueAccess;
import org.entente.engine.command.RevokeAccess;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.DeadlineReached;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PauseClock;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.Propose;
import org.entente.engine.command.ResumeClock;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.command.TableItem;
import org.entente.engine.command.Vote;
import org.entente.engine.command.WithdrawOffer;

/** The rules of the game, one entry per command; each concern lives in its own class. */
public final class Rules {

    private Rules() {
    }

    public static Decision post(Move m, PostMessage c) {
        return ChannelRules.post(m, c);
    }

    public static Decision openBilateral(Move m, OpenBilateral c) {
        return ChannelRules.openBilateral(m, c);
    }

    public static Decision makeOffer(Move m, MakeOffer c) {
        return OfferRules.make(m, c);
    }

    public static Decision answerOffer(Move m, AnswerOffer c) {
        return OfferRules.answer(m, c);
    }

    public static Decision withdrawOffer(Move m, WithdrawOffer c) {
        return OfferRules.withdraw(m, c);
    }

    public static Decision seat(Move m, SetSeat c) {
        return CouncilRules.seat(m, c);
    }

    public static Decision table(Move m, TableItem c) {
        return CouncilRules.table(m, c);
    }

    public static Decision propose(Move m, Propose c) {
        return CouncilRules.propose(m, c);
    }

    public static Decision vote(Move m, Vote c) {
        return CouncilRules.vote(m, c);
    }

    public static Decision orders(Move m, SubmitOrders c) {
        return OrderRules.submit(m, c);
    }

    public static Decision membership(Move m, ChangeMembership c) {
        return OrderRules.membership(m, c);
    }

    public static Decision start(Move m) {
        return ClockRules.start(m);
    }

    public static Decision advance(Move m, AdvancePhase c) {
        return ClockRules.advance(m, c);
    }

    public static Decision pause(Move m, PauseClock c) {
        return ClockRules.pause(m, c);
    }

    public static Decision resume(Move m, ResumeClock c) {
        return ClockRules.resume(m, c);
    }

    public static Decision playCrisis(Move m, PlayCrisis c) {
        return WhiteCellRules.playCrisis(m, c);
    }

    public static Decision override(Move m, OverrideResult c) {
        return WhiteCellRules.override(m, c);
    }

    public static Decision lockChannel(Move m, org.entente.engine.command.LockChannel c) {
        return WhiteCellRules.lockChannel(m, c);
    }

    public static Decision note(Move m, AddNote c) {
        return WhiteCellRules.note(m, c);
    }

    public static Decision issueAccess(Move m, IssueAccess c) {
        return WhiteCellRules.issueAccess(m, c);
    }

    public static Decision revokeAccess(Move m, RevokeAccess c) {
        return WhiteCellRules.revokeAccess(m, c);
    }

    public static Decision composeCrisis(Move m, ComposeCrisis c) {
        return WhiteCellRules.compose(m, c);
    }

    public static Decision adjustClock(Move m, AdjustClock c) {
        return ClockRules.adjust(m, c);
    }

    public static Decision endExercise(Move m, EndExercise c) {
        return ClockRules.end(m, c);
    }

    public static Decision seatBot(Move m, org.entente.engine.command.SeatBot c) {
        return BotRules.seat(m, c);
    }

    public static Decision unseatBot(Move m, org.entente.engine.command.UnseatBot c) {
        return BotRules.unseat(m, c);
    }

    public static Decision resumeBot(Move m, org.entente.engine.command.ResumeBot c) {
        return BotRules.resume(m, c);
    }

    public static Decision deadline(Move m, DeadlineReached c) {
        return ClockRules.deadline(m, c);
    }
}
