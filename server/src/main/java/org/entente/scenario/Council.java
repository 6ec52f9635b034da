package org.entente.scenario;

import java.util.List;

/**
 * The combined-staff council of one coalition.
 *
 * @param coalition    the coalition whose council it is (the first coalition if the file does not say)
 * @param initialSeats the nations seated at the start; all members of that coalition
 */
public record Council(String name, Voting voting, String coalition, List<String> initialSeats) {

    public Council {
        initialSeats = List.copyOf(initialSeats);
    }
}
