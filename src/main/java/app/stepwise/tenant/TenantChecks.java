package app.stepwise.tenant;

import app.stepwise.base.AuditEvent;
import app.stepwise.flow.Step;
import app.stepwise.flow.TenantCheck;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import app.stepwise.tenant.internal.TenantReader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What the tenants say, read-only: the service the wizard's screens call.
 *
 * <ul>
 * <li>{@link #tenants()}: the tenants configured (and the demo tenant in development,
 * while the application serves HTTP: a test in Spring's mock web environment has no demo
 * tenant); none means the wizard shows no check at all.</li>
 * <li>{@link #searchUsers}: type-ahead search of a tenant's users.</li>
 * <li>{@link #run} / {@link #runAgain}: a step's checks ({@link Step#checks()}) for one
 * user; {@link CheckReport#suggestionsFor(Step)} then gives the answers they suggest,
 * with the evidence.</li>
 * </ul>
 *
 * <p>
 * Results are facts as message keys with arguments ({@link Finding}), shown in the
 * reader's language (and in English for a vendor); moments among the arguments are
 * {@code Instant}s for the reader's time zone. A check that may not run (permission,
 * licence, cloud) or could not run (throttled, timed out, unavailable) says so in its
 * result's note; nothing here throws for what Microsoft answers.
 *
 * <p>
 * Every method needs {@link Roles#ADMIN}. Reading tenant data is audited
 * ({@link AuditEvent#TENANT_CHECK}, {@link AuditEvent#TENANT_USER_SEARCH}) under the
 * signed-in person's name from {@link CurrentUser}. A run asks Microsoft and may take up
 * to twice {@code stepwise.tenants.timeout}: call it from a background task, not while
 * rendering, and pass the security context along. Results are shared for 60 seconds
 * across sessions (at most 500), so going back and forth between steps does not ask
 * again; {@link #runAgain} ("check again") always asks. Sessions keep nothing. Each check
 * read from a tenant (not from the kept results) is announced as {@link TenantChecked}.
 */
@Service
public class TenantChecks {

	private final TenantReader reader;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TenantChecks(TenantReader reader, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.reader = reader;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** The tenants that can be read, configured order, the demo tenant first. */
	@RolesAllowed(Roles.ADMIN)
	public List<Tenant> tenants() {
		return reader.tenants();
	}

	/** Whether any tenant can be read; without one the wizard works as a checklist. */
	@RolesAllowed(Roles.ADMIN)
	public boolean available() {
		return !reader.tenants().isEmpty();
	}

	@RolesAllowed(Roles.ADMIN)
	public Optional<Tenant> tenant(String tenantId) {
		return reader.tenant(tenantId);
	}

	/**
	 * Users of the tenant whose display name or user principal name starts with the text,
	 * at most {@link UserSearch#LIMIT}, sorted by display name.
	 * @throws NoSuchElementException if there is no such tenant
	 */
	@RolesAllowed(Roles.ADMIN)
	public UserSearch searchUsers(String tenantId, String prefix) {
		String who = currentUser.requireName();
		UserSearch search = reader.searchUsers(tenantId, prefix);
		audit(who, AuditEvent.TENANT_USER_SEARCH, "tenant=" + tenantId + " prefix=" + prefix);
		return search;
	}

	/**
	 * Runs the checks for the user, using results read in the last minute.
	 * @param user the user principal name (ignored by checks that concern no user)
	 * @throws NoSuchElementException if there is no such tenant
	 */
	@RolesAllowed(Roles.ADMIN)
	public CheckReport run(String tenantId, String user, Collection<TenantCheck> checks) {
		return run(tenantId, user, checks, false);
	}

	/** Like {@link #run}, but asks Microsoft again for every check ("check again"). */
	@RolesAllowed(Roles.ADMIN)
	public CheckReport runAgain(String tenantId, String user, Collection<TenantCheck> checks) {
		return run(tenantId, user, checks, true);
	}

	private CheckReport run(String tenantId, String user, Collection<TenantCheck> checks, boolean fresh) {
		String who = currentUser.requireName();
		CheckReport report = reader.run(tenantId, user.strip(), List.copyOf(checks), fresh, result -> events
			.publishEvent(new TenantChecked(tenantId, result.check(), result.status(), result.readAt())));
		audit(who, AuditEvent.TENANT_CHECK, "tenant=" + tenantId + " user=" + user.strip() + " checks="
				+ checks.stream().map(TenantCheck::id).distinct().collect(Collectors.joining(",")));
		return report;
	}

	private void audit(String who, String action, String detail) {
		events.publishEvent(new AuditEvent(action, who, detail, clock.instant()));
	}

}
