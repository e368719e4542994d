package app.stepwise.tenant.internal;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckReport;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.Tenant;
import app.stepwise.tenant.UserSearch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads tenants for the feature's service: which tenants there are, the type-ahead
 * search, and runs of checks with the short-lived shared cache. Guarding who may call it
 * and auditing is the service's job ({@code TenantChecks}); nothing here knows who calls.
 */
public final class TenantReader {

	private final TenantDirectory directory;

	private final CheckRunner runner;

	private final ResultCache cache;

	TenantReader(TenantDirectory directory, CheckRunner runner, ResultCache cache) {
		this.directory = directory;
		this.runner = runner;
		this.cache = cache;
	}

	public List<Tenant> tenants() {
		return directory.tenants();
	}

	public Optional<Tenant> tenant(String id) {
		return tenants().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** Users whose name or sign-in name starts with the text. */
	public UserSearch searchUsers(String tenantId, String prefix) {
		return UserFinder.search(connection(tenantId), prefix);
	}

	/**
	 * The checks' results for the user, from the cache where fresh enough unless
	 * {@code fresh}; each check once, in the order given.
	 */
	public CheckReport run(String tenantId, String user, List<TenantCheck> checks, boolean fresh) {
		return run(tenantId, user, checks, fresh, result -> {
		});
	}

	/**
	 * Like {@link #run(String, String, List, boolean)}, and tells {@code read} each
	 * result just read from the tenant (not those taken from the cache).
	 */
	public CheckReport run(String tenantId, String user, List<TenantCheck> checks, boolean fresh,
			Consumer<CheckResult> read) {
		TenantConnection connection = connection(tenantId);
		List<TenantCheck> wanted = List.copyOf(new LinkedHashSet<>(checks));
		Map<TenantCheck, CheckResult> results = new EnumMap<>(TenantCheck.class);
		List<TenantCheck> toRun = new ArrayList<>();
		for (TenantCheck check : wanted) {
			Optional<CheckResult> kept = fresh ? Optional.empty() : cache.find(tenantId, user, check);
			kept.ifPresentOrElse(r -> results.put(check, r), () -> toRun.add(check));
		}
		if (!toRun.isEmpty()) {
			for (CheckResult result : runner.run(connection, user, toRun)) {
				results.put(result.check(), result);
				cache.keep(tenantId, user, result);
				read.accept(result);
			}
		}
		return new CheckReport(connection.tenant(), user, wanted.stream().map(results::get).toList());
	}

	/** How many results are kept, for tests of the cache's bound. */
	int cacheSize() {
		return cache.size();
	}

	private TenantConnection connection(String tenantId) {
		return directory.find(tenantId).orElseThrow(() -> new NoSuchElementException("No tenant '" + tenantId + "'"));
	}

}
