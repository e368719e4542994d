package app.stepwise.tenant.internal;

import app.stepwise.flow.CheckSignal;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Recent sign-ins ({@code GET /auditLogs/signIns}, AuditLog.Read.All; the sign-in log
 * needs Microsoft Entra ID P1): when the user last signed in successfully, and the latest
 * failures since, each with its reason category, time, app and country. Not the log
 * itself: no addresses, devices or full locations.
 */
final class SignInsCheck implements Check {

	/** Sign-ins looked at; the log lists the newest first. */
	static final int LOOK_AT = 50;

	/** Failures shown. */
	static final int FAILURES = 5;

	@Override
	public TenantCheck name() {
		return TenantCheck.SIGN_INS;
	}

	@Override
	public String permission() {
		return "AuditLog.Read.All";
	}

	@Override
	public String licence() {
		return "Microsoft Entra ID P1";
	}

	@Override
	public Outcome run(GraphClient graph, @Nullable GraphUser user) throws GraphFailure {
		String id = Objects.requireNonNull(user).id();
		List<JsonNode> recent = List.copyOf(
				graph.get("/auditLogs/signIns?$filter=" + Odata.encode("userId eq '" + id + "'") + "&$top=" + LOOK_AT)
					.path("value")
					.values());
		JsonNode success = recent.stream().filter(s -> errorCode(s) == 0).findFirst().orElse(null);
		if (success == null) {
			success = graph
				.get("/auditLogs/signIns?$filter=" + Odata.encode("userId eq '" + id + "' and status/errorCode eq 0")
						+ "&$top=1")
				.path("value")
				.path(0);
			success = success.isObject() ? success : null;
		}
		Instant lastSuccess = success == null ? null : GraphText.time(success, "createdDateTime");
		List<Finding> facts = new ArrayList<>();
		facts.add(lastSuccess == null ? Finding.of("ui.tenant.sign-ins.no-success")
				: new Finding("ui.tenant.sign-ins.last-success", where(success, lastSuccess)));
		List<Finding> failures = new ArrayList<>();
		int failed = 0;
		boolean locked = false;
		for (JsonNode signIn : recent) {
			Instant at = GraphText.time(signIn, "createdDateTime");
			int code = errorCode(signIn);
			if (code == 0 || at == null || (lastSuccess != null && !at.isAfter(lastSuccess))) {
				continue;
			}
			String reason = SignInReason.of(code);
			locked |= reason.equals(SignInReason.LOCKED);
			failed++;
			if (failures.size() < FAILURES) {
				Map<String, Object> arguments = where(signIn, at);
				arguments.put("reason", reason);
				failures.add(new Finding("ui.tenant.sign-ins.failure", arguments));
			}
		}
		facts.addAll(failures);
		List<Suggestion> suggestions = new ArrayList<>();
		Finding headline = facts.getFirst();
		if (!failures.isEmpty()) {
			headline = Finding.of("ui.tenant.sign-ins.failing", "count", failed);
			if (locked) {
				suggestions.add(new Suggestion(CheckSignal.SIGN_INS_LOCKED, Finding.of("ui.tenant.sign-ins.locked")));
			}
			suggestions.add(new Suggestion(CheckSignal.SIGN_INS_FAILING, headline));
		}
		return new Outcome(headline, facts, suggestions);
	}

	private static String orDash(String value) {
		return value.isEmpty() ? "–" : value;
	}

	private static int errorCode(JsonNode signIn) {
		JsonNode code = signIn.path("status").path("errorCode");
		return code.isNumber() ? code.asInt() : -1;
	}

	/** Time, app and country of a sign-in; no address, no city, no device. */
	private static Map<String, Object> where(JsonNode signIn, Instant at) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("time", at);
		arguments.put("app", orDash(GraphText.text(signIn, "appDisplayName")));
		arguments.put("country",
				orDash(GraphText.clean(signIn.path("location").path("countryOrRegion").asString(""), 8)));
		return arguments;
	}

}
