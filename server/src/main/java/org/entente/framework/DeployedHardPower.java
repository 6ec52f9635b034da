package org.entente.framework;

/**
 * The hard power the leader is actually deploying toward one partner, each 0..1.
 *
 * @param coercion       threats or force
 * @param sidePayment    inducements unrelated to the war (the paper's side-payment bribes)
 * @param bolstering     war-effort aid: materiel, money, intelligence, units
 * @param conditionality how stringent the conditions attached to its inducements are
 */
public record DeployedHardPower(double coercion, double sidePayment, double bolstering, double conditionality) {

    /** Nothing deployed. */
    public static final DeployedHardPower NONE = new DeployedHardPower(0, 0, 0, 0);

    public DeployedHardPower {
        Ranges.unit("deployed.coercion", coercion);
        Ranges.unit("deployed.sidePayment", sidePayment);
        Ranges.unit("deployed.bolstering", bolstering);
        Ranges.unit("deployed.conditionality", conditionality);
    }
}
