package nl.stadmaken.shared.problem;

import java.util.List;

/** Thrown where a request cannot go on; the HTTP layer answers with its problem, nothing else. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.code() + ": " + problem.title(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds a client should wait before trying again, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "bad-request", "The request is malformed", detail, errors));
    }

    public static ProblemException validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return new ProblemException(Problem.of(422, "validation", "The request is not valid", detail, errors));
    }

    public static ProblemException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Problem.of(409, code, "Conflict with the current state", detail));
    }

    public static ProblemException conflict(String code, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(409, code, "Conflict with the current state", detail, errors));
    }

    public static ProblemException unprocessable(String code, String title, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(422, code, title, detail, errors));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Sign-in required", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Not allowed", detail));
    }

    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(503, "unavailable", "Temporarily unavailable", detail), retryAfterSeconds);
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, "rate-limited", "Too many attempts", detail), retryAfterSeconds);
    }
}
