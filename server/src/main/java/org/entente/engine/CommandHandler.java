package org.entente.engine;

import org.entente.engine.command.AddNote;
import org.entente.engine.command.AdjustClock;
import org.entente.engine.command.EndExercise;
import org.entente.engine.command.ComposeCrisis;
import org.entente.engine.command.IssueAccess;
import org.entente.engine.command.RevokeAccess;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.Command;
import org.entente.engine.command.DeadlineReached;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PauseClock;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.Propose;
import org.entente.engine.command.ResumeClock;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.StartExercise;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.command.TableItem;
import org.entente.engine.command.Vote;
import org.entente.engine.command.WithdrawOffer;
import org.entente.engine.rules.Rules;
import org.entente.engine.rules.Move;

/**
 * Decides commands against the current state: every rule of the game is checked before any event
 * exists. Pure: the time is an argument, there is no I/O and no randomness but the state's own.
 */
public final class CommandHandler {

    private CommandHandler() {
    }

    public static Decision decide(SessionState state, Role actor, Command command, long now) {
        Move m = new Move(state, actor, now, state.lastSeq() + 1);
        if (command instanceof PostMessage c) {
            return Rules.post(m, c);
        }
        if (command instanceof OpenBilateral c) {
            return Rules.openBilateral(m, c);
        }
        if (command instanceof MakeOffer c) {
            return Rules.makeOffer(m, c);
        }
        if (command instanceof AnswerOffer c) {
            return Rules.answerOffer(m, c);
        }
        if (command instanceof WithdrawOffer c) {
            return Rules.withdrawOffer(m, c);
        }
        if (command instanceof SetSeat c) {
            return Rules.seat(m, c);
        }
        if (command instanceof TableItem c) {
            return Rules.table(m, c);
        }
        if (command instanceof Propose c) {
            return Rules.propose(m, c);
        }
        if (command instanceof Vote c) {
            return Rules.vote(m, c);
        }
        if (command instanceof SubmitOrders c) {
            return Rules.orders(m, c);
        }
        if (command instanceof ChangeMembership c) {
            return Rules.membership(m, c);
        }
        if (command instanceof StartExercise) {
            return Rules.start(m);
        }
        if (command instanceof AdvancePhase c) {
            return Rules.advance(m, c);
        }
        if (command instanceof PauseClock c) {
            return Rules.pause(m, c);
        }
        if (command instanceof ResumeClock c) {
            return Rules.resume(m, c);
        }
        if (command instanceof PlayCrisis c) {
            return Rules.playCrisis(m, c);
        }
        if (command instanceof OverrideResult c) {
            return Rules.override(m, c);
        }
        if (command instanceof org.entente.engine.command.LockChannel c) {
            return Rules.lockChannel(m, c);
        }
        if (command instanceof AddNote c) {
            return Rules.note(m, c);
        }
        if (command instanceof IssueAccess c) {
            return Rules.issueAccess(m, c);
        }
        if (command instanceof RevokeAccess c) {
            return Rules.revokeAccess(m, c);
        }
        if (command instanceof ComposeCrisis c) {
            return Rules.composeCrisis(m, c);
        }
        if (command instanceof AdjustClock c) {
            return Rules.adjustClock(m, c);
        }
        if (command instanceof EndExercise c) {
            return Rules.endExercise(m, c);
        }
        if (command instanceof org.entente.engine.command.SeatBot c) {
            return Rules.seatBot(m, c);
        }
        if (command instanceof org.entente.engine.command.UnseatBot c) {
            return Rules.unseatBot(m, c);
        }
        if (command instanceof org.entente.engine.command.ResumeBot c) {
            return Rules.resumeBot(m, c);
        }
        if (command instanceof org.entente.engine.command.SetStance c) {
            return org.entente.engine.stance.StanceRules.set(m, c);
        }
        if (command instanceof DeadlineReached c) {
            return Rules.deadline(m, c);
        }
        throw new IllegalArgumentException("no rule for " + command.getClass().getSimpleName());
    }
}
