package app.stepwise.tenant.internal;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Results kept for a short while, shared by every session, so that going back and forth
 * between steps does not ask Microsoft again (and again be throttled). Bounded in size
 * and age; results of checks that could not run are not kept, and "check again" bypasses
 * it. One copy serves all sessions: a session holds nothing.
 */
final class ResultCache {

	private record Key(String tenant, String user, TenantCheck check) {
	}

	private final Map<Key, CheckResult> results;

	private final Duration maxAge;

	private final Clock clock;

	ResultCache(int maxEntries, Duration maxAge, Clock clock) {
		this.maxAge = maxAge;
		this.clock = clock;
		this.results = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, CheckResult> eldest) {
				return size() > maxEntries;
			}
		};
	}

	synchronized Optional<CheckResult> find(String tenant, String user, TenantCheck check) {
		Key key = key(tenant, user, check);
		CheckResult result = results.get(key);
		if (result != null && result.readAt().plus(maxAge).isBefore(clock.instant())) {
			results.remove(key);
			return Optional.empty();
		}
		return Optional.ofNullable(result);
	}

	synchronized void keep(String tenant, String user, CheckResult result) {
		if (result.lasting()) {
			results.put(key(tenant, user, result.check()), result);
		}
	}

	synchronized int size() {
		return results.size();
	}

	private static Key key(String tenant, String user, TenantCheck check) {
		// Service health is the same for every user of a tenant.
		return new Key(tenant, check.concernsUser() ? user.toLowerCase(Locale.ROOT) : "", check);
	}

}
