/**
 * The debrief (docs/debrief.md): what a cohort learned, read from a session's log. Learning objectives
 * evaluated over the recorded adjudications, the leader's estimates against the truth, several
 * syndicates side by side, and the "what if" that re-adjudicates a recorded turn with changed leader
 * inputs by the same engine and never writes to the log. Pure: no Vert.x, no I/O; projections of the log.
 */
package org.entente.debrief;
