package nl.stadmaken.bench;

import java.nio.file.Path;
import java.util.Map;

/** What a cold-start child JVM runs: a Lambda artifact, its handler class, the first event and the environment. */
record ColdStartSubject(String name, Kind kind, Path artifact, String handlerClass, Path event, Map<String, String> environment) {

    enum Kind { FUNCTION, FLOOR, NAIVE }
}
