package app.stepwise.wizard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Asks the tenant away from the screen's thread: a check may wait for Microsoft for
 * seconds, and the page must stay usable meanwhile. The work runs as the person who asked
 * (their security context goes along), and its result comes back to the screen while the
 * page polls for it. One shared pool of virtual threads; sessions keep nothing.
 */
@Component
class BackgroundChecks {

	private static final Logger log = LoggerFactory.getLogger(BackgroundChecks.class);

	/** How often a waiting page asks whether the checks are done. */
	static final int POLL_MILLIS = 500;

	private final SecurityContextHolderStrategy contexts;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	BackgroundChecks(ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * Runs the work, then hands its result to {@code done} (or tells {@code failed}) in
	 * the UI, as the signed-in person.
	 */
	<T> void run(UI ui, Supplier<T> work, Consumer<T> done, Runnable failed) {
		SecurityContext signedIn = contexts.getContext();
		ui.setPollInterval(POLL_MILLIS);
		try {
			threads.execute(() -> {
				contexts.setContext(signedIn);
				try {
					T result = work.get();
					deliver(ui, () -> done.accept(result));
				}
				catch (RuntimeException ex) {
					log.warn("Tenant checks failed: {}", ex.toString());
					deliver(ui, failed);
				}
				finally {
					contexts.clearContext();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			ui.setPollInterval(-1);
			failed.run();
		}
	}

	private static void deliver(UI ui, Runnable task) {
		try {
			ui.access(() -> {
				ui.setPollInterval(-1);
				task.run();
			});
		}
		catch (UIDetachedException ex) {
			// The page was left before the checks came back: nobody is waiting.
		}
	}

	@PreDestroy
	void stop() {
		threads.shutdownNow();
	}

}
