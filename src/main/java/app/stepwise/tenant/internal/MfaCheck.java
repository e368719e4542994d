package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The authentication methods a user has registered ({@code GET
 * /users/{id}/authentication/methods}, UserAuthenticationMethod.Read.All): their kinds
 * only, never phone numbers, addresses or device names.
 */
final class MfaCheck implements Check {

	/**
	 * Graph's method types and the keyword the message {@code ui.tenant.mfa.method}
	 * selects by; the password and e-mail (self-service password reset only) are no
	 * second factor.
	 */
	private static final Map<String, String> SECOND_FACTORS = Map.of(
			"#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "authenticator",
			"#microsoft.graph.phoneAuthenticationMethod", "phone", "#microsoft.graph.fido2AuthenticationMethod",
			"fido2", "#microsoft.graph.softwareOathAuthenticationMethod", "softwareOath",
			"#microsoft.graph.windowsHelloForBusinessAuthenticationMethod", "windowsHello",
			"#microsoft.graph.temporaryAccessPassAuthenticationMethod", "temporaryAccessPass",
			"#microsoft.graph.platformCredentialAuthenticationMethod", "platformCredential",
			"#microsoft.graph.externalAuthenticationMethod", "external");

	private static final Set<String> NOT_SECOND_FACTORS = Set.of("#microsoft.graph.passwordAuthenticationMethod",
			"#microsoft.graph.emailAuthenticationMethod");

	@Override
	public TenantCheck name() {
		return TenantCheck.MFA;
	}

	@Override
	public String permission() {
		return "UserAuthenticationMethod.Read.All";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		String id = Objects.requireNonNull(user).id();
		Set<String> kinds = new LinkedHashSet<>();
		for (JsonNode method : graph.list("/users/" + id + "/authentication/methods", 50).items()) {
			String type = method.path("@odata.type").asString("");
			if (!NOT_SECOND_FACTORS.contains(type)) {
				kinds.add(SECOND_FACTORS.getOrDefault(type, "other"));
			}
		}
		List<Finding> facts = new ArrayList<>();
		kinds.forEach(kind -> facts.add(Finding.of("ui.tenant.mfa.method", "method", kind)));
		if (kinds.isEmpty()) {
			Finding none = Finding.of("ui.tenant.mfa.none");
			return new Outcome(none, List.of(none), List.of(new Suggestion(CheckSignal.MFA_NONE, none)));
		}
		return new Outcome(Finding.of("ui.tenant.mfa.registered", "count", kinds.size()), facts, List.of());
	}

}
