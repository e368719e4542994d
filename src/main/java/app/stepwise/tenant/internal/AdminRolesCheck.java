package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The directory roles assigned to the user ({@code GET
 * /roleManagement/directory/roleAssignments?$filter=principalId eq '{id}'} with the role
 * definitions' names, RoleManagement.Read.Directory). Direct, active assignments only:
 * roles through a group or only eligible (Privileged Identity Management) are not among
 * them, and the finding says so.
 */
final class AdminRolesCheck implements Check {

	/** The template id of Global Administrator, the same in every tenant. */
	static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";

	/** The most roles listed. */
	static final int MAX_ROLES = 20;

	@Override
	public TenantCheck name() {
		return TenantCheck.ADMIN_ROLES;
	}

	@Override
	public String permission() {
		return "RoleManagement.Read.Directory";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		String id = Objects.requireNonNull(user).id();
		String path = "/roleManagement/directory/roleAssignments?$filter=" + Odata.encode("principalId eq '" + id + "'")
				+ "&$expand=" + Odata.encode("roleDefinition($select=displayName,templateId)");
		Set<String> roles = new LinkedHashSet<>();
		boolean global = false;
		for (JsonNode assignment : graph.list(path, MAX_ROLES).items()) {
			JsonNode definition = assignment.path("roleDefinition");
			global |= GLOBAL_ADMINISTRATOR.equalsIgnoreCase(definition.path("templateId").asString(""));
			String name = GraphText.text(definition, "displayName");
			roles.add(name.isEmpty() ? GraphText.text(assignment, "roleDefinitionId") : name);
		}
		if (roles.isEmpty()) {
			Finding none = Finding.of("ui.tenant.admin-roles.none");
			return new Outcome(none, List.of(none), List.of(new Suggestion(CheckSignal.ADMIN_ROLES_NONE, none)));
		}
		Finding headline = Finding.of("ui.tenant.admin-roles.held", "count", roles.size());
		List<Finding> facts = new ArrayList<>(List.of(headline));
		if (global) {
			facts.add(Finding.of("ui.tenant.admin-roles.global-administrator"));
		}
		roles.forEach(role -> facts.add(Finding.of("ui.tenant.admin-roles.role", "role", role)));
		return new Outcome(headline, facts, List.of(new Suggestion(CheckSignal.ADMIN_ROLES_HELD, headline)));
	}

}
