package nl.stadmaken.shared.http;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Warms a function before its SnapStart snapshot: {@code rehearsal} goes through the function's own path as far as it
 * can without writing (its reads, an event and its answer), so the first event after a restore does not pay for
 * loading those classes. {@link SnapStartPriming} is the rehearsal of a function with an HTTP API.
 */
public final class SnapStartRehearsal implements Resource {

    private final Runnable rehearsal;

    public SnapStartRehearsal(Runnable rehearsal) {
        this.rehearsal = rehearsal;
    }

    /** Registers with the JVM's checkpoint context; the caller keeps a reference, as the context holds it weakly. */
    public SnapStartRehearsal register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        rehearse();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the clients resolve credentials and connections per request.
    }

    public void rehearse() {
        rehearsal.run();
    }
}
