package nl.stadmaken.bench;

/**
 * One cold start: wall time from starting the JVM to its first response (as the harness sees it), the handler's
 * construction and first call (as the child times them), the child's peak RSS then, and the response's HTTP status.
 */
record ColdStartRun(double wallMs, double initMs, double invokeMs, long peakRssKb, int status) {
}
