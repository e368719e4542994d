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
 * What tenant checks showed during a request's run, in the reader's language and time
 * zone: for support staff, who read it on the request's screen (the English summary
 * carries the same in English, in UTC, for a vendor).
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

	public List<Check> of(SupportRequest request, Locale locale, ZoneId zone) {
		Language language = Language.orEnglish(locale);
		Function<Instant, String> time = instant -> messages.dateTime(language.locale(), instant, zone);
		return request.evidence().stream().map(evidence -> {
			String check = TenantCheck.byId(evidence.check())
				.map(c -> Markup.plain(messages.get(language, TenantTexts.title(c), Map.of())))
				.orElse(evidence.check());
			String heading = messages.get(language, "ui.support.detail.evidence.check",
					Map.of("check", check, "tenant", evidence.tenantId(), "time", time.apply(evidence.readAt())));
			List<String> facts = evidence.lines()
				.stream()
				.map(line -> messages.get(language, line.key(), line.arguments(time)))
				.toList();
			return new Check(heading, facts);
		}).toList();
	}

}
