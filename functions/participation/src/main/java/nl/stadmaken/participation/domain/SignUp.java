package nl.stadmaken.participation.domain;

import java.time.Instant;

/** A sign-up as staff see it; {@code person} is null once withdrawn or past retention. */
public record SignUp(String id, String trajectoryId, SignUpStatus status, String wijk, Choice.AgeBand ageBand,
                     Instant createdAt, Person person) {

    public record Person(String name, String email, String phone) {
    }
}
