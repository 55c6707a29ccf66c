package nl.stadmaken.participation.domain;

/**
 * What staff write about a trajectory; the rest of a {@link Trajectory} is state the system keeps. {@code panel} is set
 * for kind panel only.
 */
public record TrajectoryContent(
        String title,
        String summary,
        String wijk,
        Choice.Kind kind,
        Integer capacity,
        Agreement agreement,
        PanelSettings panel) {
}
