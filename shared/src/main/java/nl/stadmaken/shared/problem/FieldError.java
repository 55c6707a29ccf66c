package nl.stadmaken.shared.problem;

/** One thing wrong with one field of a request, named by its JSON path (for example {@code agreement.subject}). */
public record FieldError(String field, String message) {
}
