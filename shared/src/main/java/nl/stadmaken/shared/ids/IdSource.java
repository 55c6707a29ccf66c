package nl.stadmaken.shared.ids;

/** Where new ids come from; injected so tests and draws can be reproducible. */
@FunctionalInterface
public interface IdSource {
    String next();
}
