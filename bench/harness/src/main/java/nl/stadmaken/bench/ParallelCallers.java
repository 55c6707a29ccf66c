package nl.stadmaken.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Runs up to {@code count} operations on a fixed number of threads, thread t doing operations t, t+n, ...; callers stop
 * starting new operations once the time limit has passed, so a loaded machine cannot stretch a run without bound.
 */
final class ParallelCallers implements AutoCloseable {

    private static final long TIMEOUT_MINUTES = 5;

    private final int callers;
    private final ExecutorService pool;

    ParallelCallers(int callers) {
        this.callers = callers;
        this.pool = Executors.newFixedThreadPool(callers);
    }

    int callers() {
        return callers;
    }

    /** Operations completed and the seconds they took. */
    record Completed(int operations, double seconds) {
    }

    /** {@code operation} gets the caller number and the operation number; the first failure stops the run. */
    Completed run(int from, int count, Duration limit, BiConsumer<Integer, Integer> operation) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        AtomicInteger completed = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
            int own = caller;
            done.add(pool.submit(() -> {
                for (int i = from + own; i < from + count && System.nanoTime() < deadline; i += callers) {
                    operation.accept(own, i);
                    completed.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : done) {
            try {
                future.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw new IllegalStateException("an operation failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("operations took longer than " + TIMEOUT_MINUTES + " minutes", e);
            }
        }
        return new Completed(completed.get(), (System.nanoTime() - start) / 1e9);
    }

    /** What each side of a comparison completed, over the seconds its own chunks took. */
    record InTurns(Completed first, Completed second) {
    }

    /**
     * Operations {@code from} to {@code to} on each side, in chunks of {@code chunk}, the sides taking turns and each
     * going first in every other chunk, so the JIT, the table's growth or a noisy moment favour neither; each side's
     * chunk stops after {@code limit}, and no chunk starts after twice that.
     */
    InTurns inTurns(int from, int to, int chunk, Duration limit, BiConsumer<Integer, Integer> first,
                    BiConsumer<Integer, Integer> second) {
        int[] done = new int[2];
        double[] seconds = new double[2];
        long deadline = System.nanoTime() + 2 * limit.toNanos();
        for (int start = from; start < to && System.nanoTime() < deadline; start += chunk) {
            int count = Math.min(chunk, to - start);
            int leader = (start - from) / chunk % 2;
            for (int side : new int[] {leader, 1 - leader}) {
                Completed completed = run(start, count, limit, side == 0 ? first : second);
                done[side] += completed.operations();
                seconds[side] += completed.seconds();
            }
        }
        return new InTurns(new Completed(done[0], seconds[0]), new Completed(done[1], seconds[1]));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
