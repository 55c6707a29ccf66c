package nl.stadmaken.participation.domain;

import java.time.Instant;
import java.util.Map;

/** A sign-up as staff see it; {@code person} is null once withdrawn or past retention. */
public record SignUp(String id, String trajectoryId, SignUpStatus status, String wijk, Choice.AgeBand ageBand,
                     Instant createdAt, Person person) {

    /**
     * @param features the panel answers, empty for other trajectories
     * @param household keyed hash of the address, null unless the panel draws one member per household
     */
    public record Person(String name, String email, String phone, Map<String, String> features, String household) {
    }
}
