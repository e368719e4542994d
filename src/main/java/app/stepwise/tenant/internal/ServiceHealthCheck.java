package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft's active incidents and advisories for Exchange Online and Microsoft Entra
 * ({@code GET /admin/serviceAnnouncement/issues}, ServiceHealth.Read.All). The services
 * are recognised by their stable ids ({@code Exchange}, {@code OrgLiveID}) through
 * {@code healthOverviews}, since their names change (Azure Active Directory, Identity
 * Service, Microsoft Entra).
 */
final class ServiceHealthCheck implements Check {

	/** The service ids of Exchange Online and Microsoft Entra in service health. */
	static final Set<String> SERVICE_IDS = Set.of("exchange", "orgliveid");

	/** Names used when the overview cannot be read. */
	private static final Set<String> KNOWN_NAMES = Set.of("exchange online", "microsoft entra", "microsoft entra id",
			"identity service", "azure active directory");

	/** The most issues listed. */
	static final int MAX_ISSUES = 5;

	private static final Set<String> STATUSES = Set.of("investigating", "serviceDegradation", "serviceInterruption",
			"restoringService", "extendedRecovery", "verifyingService", "falsePositive", "investigationSuspended");

	@Override
	public TenantCheck name() {
		return TenantCheck.SERVICE_HEALTH;
	}

	@Override
	public String permission() {
		return "ServiceHealth.Read.All";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		Set<String> names = new HashSet<>(KNOWN_NAMES);
		for (JsonNode service : graph.list("/admin/serviceAnnouncement/healthOverviews?$select=id,service", 200)
			.items()) {
			if (SERVICE_IDS.contains(service.path("id").asString("").toLowerCase(Locale.ROOT))) {
				names.add(service.path("service").asString("").toLowerCase(Locale.ROOT));
			}
		}
		List<Finding> issues = new ArrayList<>();
		String path = "/admin/serviceAnnouncement/issues?$filter=" + Odata.encode("isResolved eq false");
		for (JsonNode issue : graph.list(path, 200).items()) {
			if (names.contains(issue.path("service").asString("").toLowerCase(Locale.ROOT))
					&& !Boolean.TRUE.equals(GraphText.bool(issue, "isResolved")) && issues.size() < MAX_ISSUES) {
				issues.add(finding(issue));
			}
		}
		if (issues.isEmpty()) {
			Finding none = Finding.of("ui.tenant.service-health.none");
			return new Outcome(none, List.of(none), List.of());
		}
		Finding headline = Finding.of("ui.tenant.service-health.issues", "count", issues.size());
		List<Finding> facts = new ArrayList<>(List.of(headline));
		facts.addAll(issues);
		return new Outcome(headline, facts, List.of(new Suggestion(CheckSignal.SERVICE_INCIDENT, issues.getFirst())));
	}

	private static Finding finding(JsonNode issue) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("id", GraphText.clean(issue.path("id").asString(""), 20));
		arguments.put("title", GraphText.text(issue, "title"));
		arguments.put("service", GraphText.text(issue, "service"));
		arguments.put("classification",
				"incident".equalsIgnoreCase(issue.path("classification").asString("")) ? "incident" : "advisory");
		arguments.put("status", RiskCheck.known(issue.path("status").asString(""), STATUSES));
		Instant since = GraphText.time(issue, "startDateTime");
		arguments.put("time", since == null ? Instant.EPOCH : since);
		return new Finding("ui.tenant.service-health.issue", arguments);
	}

}
