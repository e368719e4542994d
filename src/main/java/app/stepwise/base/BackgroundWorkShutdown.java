package app.stepwise.base;

import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Makes background work (notifications being sent) hand its work back before the database
 * closes, when a shutdown runs out of patience.
 *
 * <p>
 * At shutdown the task executor takes no new work and waits for the work running on it,
 * up to {@code spring.lifecycle.timeout-per-shutdown-phase}; a send normally finishes in
 * that time and is recorded. Whatever still runs after it would otherwise be interrupted
 * only when the executor is destroyed, after the connection pool has closed: then it
 * could not release its claim nor mark its notification failed, and would wait out the
 * staleness window before anyone tried again. This stops right after the executor, while
 * the database is still there: it interrupts what still runs and gives it
 * {@link #RELEASE_WAIT_SECONDS} seconds to release and record the failure, so that the
 * next retry round, on any server, sends it again.
 */
@Component
class BackgroundWorkShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundWorkShutdown.class);

	static final int RELEASE_WAIT_SECONDS = 5;

	private final ObjectProvider<ThreadPoolTaskExecutor> executors;

	private volatile boolean running;

	BackgroundWorkShutdown(ObjectProvider<ThreadPoolTaskExecutor> executors) {
		this.executors = executors;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		for (ThreadPoolTaskExecutor executor : executors.orderedStream().toList()) {
			interruptWhatStillRuns(executor);
		}
	}

	private static void interruptWhatStillRuns(ThreadPoolTaskExecutor executor) {
		ThreadPoolExecutor pool;
		try {
			pool = executor.getThreadPoolExecutor();
		}
		catch (IllegalStateException notStarted) {
			return;
		}
		int active = stillActive(pool);
		if (active == 0) {
			return;
		}
		log.warn("{} background tasks still running at shutdown; interrupting them so that they hand their work back",
				active);
		List<Runnable> neverStarted = pool.shutdownNow();
		try {
			if (!pool.awaitTermination(RELEASE_WAIT_SECONDS, TimeUnit.SECONDS)) {
				log.warn("Background tasks did not stop within {} s", RELEASE_WAIT_SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (!neverStarted.isEmpty()) {
			log.info("{} background tasks never started; their notifications are retried", neverStarted.size());
		}
	}

	/**
	 * How many tasks still run, after a moment for those finishing just now (a task ends
	 * for the executor's shutdown a little before its thread is counted idle).
	 */
	private static int stillActive(ThreadPoolExecutor pool) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		while (pool.getActiveCount() > 0 && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return pool.getActiveCount();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Right after the task executors have stopped, long before the database closes. */
	@Override
	public int getPhase() {
		return ExecutorConfigurationSupport.DEFAULT_PHASE - 1;
	}

}
