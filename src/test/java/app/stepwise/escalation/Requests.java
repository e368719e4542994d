package app.stepwise.escalation;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Support requests for tests that need some in the database. */
public final class Requests {

	private Requests() {
	}

	/** Removes every support request, for tests that count what the queue shows. */
	public static void clear(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM support_request_change");
		jdbc.update("DELETE FROM support_request_step");
		jdbc.update("DELETE FROM support_request");
	}

	/**
	 * Files a request for a new escalated run of the flow, as the person signed in on
	 * this thread.
	 */
	public static SupportRequest file(SupportRequests requests, FlowCatalog catalog, String flowId, Language language,
			String affectedUser) {
		RequestInput input = Runs.validInput();
		input.setAffectedUser(affectedUser);
		return requests.file(Runs.escalated(catalog, flowId, Instant.parse("2026-11-20T09:15:00Z")), input, language)
			.request();
	}

}
