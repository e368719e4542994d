package app.stepwise.escalation;

import app.stepwise.base.ui.Markup;
import app.stepwise.flow.TenantCheck;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.tenant.TenantTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What tenant checks showed during a request's run, check by check: for support staff on
 * the request's screen, in their language and time zone, and for the summary
 * ({@link RequestSummaries}), in UTC.
 */
@Component
public class EvidenceTexts {

	/**
	 * One check as read: its heading line (which check, which tenant, when) and its
	 * facts, whose {@code **...**} pairs are strong text.
	 */
	public record Check(String heading, List<String> facts) {
	}

	private final Messages messages;

	EvidenceTexts(Messages messages) {
		this.messages = messages;
	}

	/** For a reader: in their language, at their time zone. */
	public List<Check> of(SupportRequest request, Locale locale, ZoneId zone) {
		Language language = Language.orEnglish(locale);
		return of(request, language, "ui.support.detail.evidence.check",
				instant -> messages.dateTime(language.locale(), instant, zone));
	}

	/**
	 * Each check in the language, its heading by {@code headingKey} (with the check, the
	 * tenant and the time), every time written by {@code time}.
	 */
	List<Check> of(SupportRequest request, Language language, String headingKey, Function<Instant, String> time) {
		return request.evidence().stream().map(evidence -> {
			String check = TenantCheck.byId(evidence.check())
				.map(c -> Markup.plain(messages.get(language, TenantTexts.title(c), Map.of())))
				.orElse(evidence.check());
			String heading = messages.get(language, headingKey,
					Map.of("check", check, "tenant", evidence.tenantId(), "time", time.apply(evidence.readAt())));
			List<String> facts = evidence.lines()
				.stream()
				.map(line -> messages.get(language, line.key(), line.arguments(time)))
				.toList();
			return new Check(heading, facts);
		}).toList();
	}

}
