package app.stepwise.escalation;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A request as plain text in any language: what a person pastes into a vendor's support
 * form, what a notification e-mail says. Times are in UTC and say so, because the reader
 * may be anywhere.
 */
@Component
public class RequestSummaries {

	private static final String NEW_LINE = "\n";

	private static final List<String> ADMIN_CENTER_STEPS = List.of("ui.escalation.vendor.admin-center.1",
			"ui.escalation.vendor.admin-center.2", "ui.escalation.vendor.admin-center.3",
			"ui.escalation.vendor.admin-center.4");

	private static final List<String> VIANET_STEPS = List.of("ui.escalation.vendor.21vianet.1",
			"ui.escalation.vendor.21vianet.2", "ui.escalation.vendor.21vianet.3");

	private final Messages messages;

	private final EvidenceTexts evidenceTexts;

	public RequestSummaries(Messages messages) {
		this.messages = messages;
		this.evidenceTexts = new EvidenceTexts(messages);
	}

	/** The whole request as plain text in the given language. */
	public String text(SupportRequest request, Language language) {
		StringBuilder out = new StringBuilder();
		line(out, language, "ui.escalation.summary.title", Map.of("reference", request.reference()));
		line(out, language, "ui.escalation.summary.problem",
				Map.of("flow", text(language, request.flowTitleKey()), "version", request.flowVersion()));
		line(out, language, request.atOutcome() ? "ui.escalation.summary.outcome" : "ui.escalation.summary.stopped-at",
				Map.of("step", text(language, request.stepTitleKey())));
		if (request.filedInsideWait()) {
			line(out, language, "ui.escalation.summary.inside-wait", Map.of());
		}
		line(out, language, "ui.escalation.summary.affected-user", Map.of("user", request.affectedUser()));
		line(out, language, "ui.escalation.summary.cloud", Map.of("cloud", text(language, cloudKey(request.cloud()))));
		line(out, language, "ui.escalation.summary.filed",
				Map.of("time", time(language, request.createdAt()), "operator", request.operatorPrincipal()));
		line(out, language, "ui.escalation.summary.email", Map.of("email", request.contactEmail()));
		if (!request.contactPhone().isBlank()) {
			line(out, language, "ui.escalation.summary.phone", Map.of("phone", request.contactPhone()));
		}
		line(out, language, "ui.escalation.summary.preferred-contact",
				Map.of("method", text(language, request.preferredContact().messageKey())));
		out.append(NEW_LINE);
		line(out, language, "ui.escalation.summary.description", Map.of());
		out.append(request.description().strip()).append(NEW_LINE).append(NEW_LINE);
		line(out, language, "ui.escalation.summary.checks", Map.of("count", request.transcript().size()));
		int number = 1;
		for (SupportRequest.Check check : request.transcript()) {
			Map<String, Object> arguments = check.answeredAt() == null
					? Map.of("number", number, "step", text(language, check.stepTitleKey()), "answer",
							text(language, check.answerLabelKey()))
					: Map.of("number", number, "step", text(language, check.stepTitleKey()), "answer",
							text(language, check.answerLabelKey()), "time", time(language, check.answeredAt()));
			line(out, language,
					check.answeredAt() == null ? "ui.escalation.summary.check-untimed" : "ui.escalation.summary.check",
					arguments);
			number++;
		}
		evidence(out, request, language);
		return out.toString().stripTrailing();
	}

	/** What tenant checks showed, each check with its facts, in the language. */
	private void evidence(StringBuilder out, SupportRequest request, Language language) {
		if (request.evidence().isEmpty()) {
			return;
		}
		out.append(NEW_LINE);
		line(out, language, "ui.escalation.summary.evidence", Map.of("count", request.evidence().size()));
		for (EvidenceTexts.Check check : evidenceTexts.of(request, language, "ui.escalation.summary.evidence-check",
				t -> time(language, t))) {
			out.append(Markup.plain(check.heading())).append(NEW_LINE);
			for (String fact : check.facts()) {
				out.append("  - ").append(Markup.plain(fact)).append(NEW_LINE);
			}
		}
	}

	/**
	 * The message keys of the steps for opening a request with Microsoft from the
	 * tenant's cloud, in order.
	 */
	public List<String> vendorSteps(Cloud cloud) {
		return cloud == Cloud.CHINA_21VIANET ? VIANET_STEPS : ADMIN_CENTER_STEPS;
	}

	/** The key of a cloud's name. */
	public static String cloudKey(Cloud cloud) {
		return "ui.wizard.cloud." + cloud.id();
	}

	/**
	 * A moment as the language writes it, in UTC, marked as UTC. ICU's narrow no-break
	 * spaces become plain spaces: support tools that receive the pasted text do not all
	 * handle them.
	 */
	public String time(Language language, Instant instant) {
		return messages
			.get(language, "ui.escalation.summary.time",
					Map.of("time", messages.dateTime(language.locale(), instant, ZoneOffset.UTC)))
			.replace('\u202F', ' ')
			.replace('\u00A0', ' ');
	}

	private String text(Language language, String key) {
		return Markup.plain(messages.get(language, key, Map.of()));
	}

	private void line(StringBuilder out, Language language, String key, Map<String, ?> arguments) {
		out.append(Markup.plain(messages.get(language, key, arguments))).append(NEW_LINE);
	}

}
