package app.stepwise.tenant.internal;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks against one tenant: finds the user once for all checks about a user, then
 * runs the checks side by side, each within the time a step allows. Nothing a check does
 * wrong escapes: every check gives a result, at worst "could not run".
 */
final class CheckRunner {

	private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

	private final Map<TenantCheck, Check> checks = new EnumMap<>(TenantCheck.class);

	private final Clock clock;

	private final Duration deadline;

	CheckRunner(List<Check> implementations, Clock clock, Duration deadline) {
		implementations.forEach(check -> checks.put(check.name(), check));
		for (TenantCheck name : TenantCheck.values()) {
			if (!checks.containsKey(name)) {
				throw new IllegalStateException("No implementation of the check '" + name.id() + "'");
			}
		}
		this.clock = clock;
		this.deadline = deadline;
	}

	/** The results of the checks in the order given. */
	List<CheckResult> run(TenantConnection tenant, String user, List<TenantCheck> names) {
		Instant start = clock.instant();
		StatusNotes.Noted userProblem = null;
		GraphUser found = null;
		if (names.stream().anyMatch(TenantCheck::concernsUser)) {
			if (!GraphUser.plausible(user)) {
				userProblem = StatusNotes.userNotFound(GraphText.clean(user, GraphText.MAX));
			}
			else {
				try {
					found = GraphUser.of(tenant.graph().get(GraphUser.path(user)));
				}
				catch (GraphFailure ex) {
					log.info("Finding user in tenant {} failed: {}", tenant.tenant().id(), ex.getMessage());
					userProblem = StatusNotes.of(ex, checks.get(TenantCheck.ACCOUNT).permission(), "", user);
				}
			}
		}
		List<Future<CheckResult>> running = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (TenantCheck name : names) {
				StatusNotes.Noted problem = name.concernsUser() ? userProblem : null;
				GraphUser subject = found;
				running.add(threads.submit(() -> one(tenant, checks.get(name), subject, problem, user)));
			}
			List<CheckResult> results = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				results.add(await(running.get(i), names.get(i), start));
			}
			return results;
		}
	}

	private CheckResult one(TenantConnection tenant, Check check, @Nullable GraphUser user,
			StatusNotes.@Nullable Noted userProblem, String name) {
		if (!check.availableIn(tenant.tenant().cloud())) {
			return failed(check.name(), StatusNotes.notInCloud());
		}
		if (userProblem != null) {
			return failed(check.name(), userProblem);
		}
		try {
			Check.Outcome outcome = check.run(tenant.graph(), user);
			return new CheckResult(check.name(), CheckStatus.OK, outcome.headline(), outcome.facts(),
					outcome.suggestions(), clock.instant());
		}
		catch (GraphFailure ex) {
			log.info("Check {} in tenant {} failed: {}", check.name().id(), tenant.tenant().id(), ex.getMessage());
			String licence = check.licence() == null ? "" : check.licence();
			return failed(check.name(), StatusNotes.of(ex, check.permission(), licence, name));
		}
		catch (RuntimeException ex) {
			log.warn("Check {} in tenant {} failed unexpectedly", check.name().id(), tenant.tenant().id(), ex);
			return failed(check.name(),
					StatusNotes.of(new GraphFailure(GraphFailure.Kind.UNEXPECTED, ""), check.permission(), "", name));
		}
	}

	private CheckResult await(Future<CheckResult> result, TenantCheck name, Instant start) {
		Duration left = deadline.minus(Duration.between(start, clock.instant()));
		try {
			return result.get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			result.cancel(true);
			return failed(name, StatusNotes.tooSlow());
		}
		catch (ExecutionException ex) {
			return failed(name, StatusNotes.of(new GraphFailure(GraphFailure.Kind.UNEXPECTED, ""), "", "", ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			result.cancel(true);
			return failed(name, StatusNotes.tooSlow());
		}
	}

	private CheckResult failed(TenantCheck name, StatusNotes.Noted noted) {
		return new CheckResult(name, noted.status(), noted.note(), List.of(), List.of(), clock.instant());
	}

}
