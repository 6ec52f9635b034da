package org.entente.engine.command;

/** An order from a role to its session. It may be refused; if not, it becomes one or more events. */
public sealed interface Command permits OpenBilateral, PostMessage, StartExercise, AdvancePhase, PauseClock,
        ResumeClock, DeadlineReached, MakeOffer, AnswerOffer, WithdrawOffer, SetSeat, TableItem, Propose, Vote,
        SubmitOrders, ChangeMembership, PlayCrisis, OverrideResult, AddNote, LockChannel, IssueAccess, RevokeAccess, ComposeCrisis, AdjustClock,
        EndExercise, SeatBot, UnseatBot, ResumeBot, SetStance {
}
