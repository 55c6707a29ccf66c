package nl.stadmaken.participation.domain;

/** Who signs up. Name, email and phone are personal data; wijk and age band are kept after withdrawal, for counts. */
public record Applicant(String name, String email, String phone, String wijk, Choice.AgeBand ageBand) {
}
