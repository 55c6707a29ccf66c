package nl.stadmaken.participation.domain;

/** What staff write about a trajectory; the rest of a {@link Trajectory} is state the system keeps. */
public record TrajectoryContent(
        String title,
        String summary,
        String wijk,
        Choice.Kind kind,
        Integer capacity,
        Agreement agreement) {
}
