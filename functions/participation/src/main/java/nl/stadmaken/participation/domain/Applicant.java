package nl.stadmaken.participation.domain;

import java.util.Map;

/**
 * Who signs up. Name, email, phone, panel answers and address are personal data, erased on withdrawal; wijk and age
 * band are kept after withdrawal, for counts. The address is never stored, only a keyed hash of it.
 */
public record Applicant(String name, String email, String phone, String wijk, Choice.AgeBand ageBand,
                        Map<String, String> features, String address) {

    public Applicant {
        features = Map.copyOf(features);
    }
}
