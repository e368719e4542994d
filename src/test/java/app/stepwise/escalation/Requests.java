package app.stepwise.escalation;

import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Support requests for tests that need some in the database. */
public final class Requests {

	private Requests() {
	}

	/** Removes every support request, for tests that count what the queue shows. */
	public static void clear(JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM support_request_change");
		jdbc.update("DELETE FROM support_request_evidence");
		jdbc.update("DELETE FROM support_request_step");
		jdbc.update("DELETE FROM support_request");
	}

	/**
	 * Stores requests straight into the database, many at once: filed at whole minutes
	 * within {@code minutes} before {@code now} (so that requests share a minute when
	 * there are more of them than minutes), spread over the flows, languages and
	 * statuses, each with {@code checks} checks.
	 * @param random decides references, times and statuses, so a seed repeats them
	 */
	public static void seed(JdbcTemplate jdbc, int count, int checks, int minutes, Random random, Instant now) {
		String[] flows = { "unlock-account", "reset-passwords", "compromise-response" };
		String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
		Set<String> references = new HashSet<>();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		while (rows.size() < count) {
			StringBuilder code = new StringBuilder("SW-");
			for (int c = 0; c < 9; c++) {
				code.append(c == 4 ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String reference = code.toString();
			if (!references.add(reference)) {
				continue;
			}
			int i = rows.size();
			UUID id = UUID.randomUUID();
			String flow = flows[i % flows.length];
			Timestamp created = Timestamp
				.from(now.truncatedTo(ChronoUnit.MINUTES).minus(random.nextInt(minutes), ChronoUnit.MINUTES));
			rows.add(new Object[] { id, reference, UUID.randomUUID(), flow, 1, flow, "escalate", true, "worldwide",
					Language.values()[i % Language.values().length].tag(), "user" + i + "@contoso.com",
					"operator" + (i % 37) + "@contoso.com", "Description of request " + i,
					"op" + (i % 37) + "@contoso.com", "", "EMAIL",
					RequestStatus.values()[random.nextInt(RequestStatus.values().length)].name(), created, created,
					0L });
			for (int s = 0; s < checks; s++) {
				steps.add(new Object[] { id, s, flow, "step-" + s, "flow." + flow + ".step-" + s + ".title", "answer",
						"ui.wizard.answer.done", created });
			}
		}
		jdbc.batchUpdate("INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, "
				+ "step_id, at_outcome, cloud, language, affected_user, operator_principal, description, "
				+ "contact_email, contact_phone, preferred_contact, status, created_at, updated_at, version) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("INSERT INTO support_request_step (request_id, seq, step_flow_id, step_id, step_title_key, "
				+ "answer_id, answer_label_key, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", steps);
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
