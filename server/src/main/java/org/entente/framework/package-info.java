/**
 * The smart-power framework engine (Resnick, "I Will Follow", 2015): how much wartime soft power an
 * alliance leader holds toward each partner, which hard-power strategy that calls for, which leadership
 * failure the leader is committing, and how intensely the partner will comply.
 *
 * <p>Pure Java: nothing here imports Vert.x or Hazelcast. The CLI ({@code analyze}), the HTTP endpoint
 * and the live adjudicator all call {@link org.entente.framework.FrameworkService}. The formula and its
 * defence from the paper are in {@code docs/framework.md}; the contract is
 * {@code ../shared/framework/README.md}.
 */
package org.entente.framework;
