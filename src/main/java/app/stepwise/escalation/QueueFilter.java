package app.stepwise.escalation;

import app.stepwise.i18n.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Which requests the support queue shows; a null part does not filter.
 *
 * @param from the first day, inclusive, in {@code zone}
 * @param to the last day, inclusive, in {@code zone}
 * @param zone the reader's time zone, which decides where a day begins
 */
public record QueueFilter(@Nullable RequestStatus status, @Nullable String flowId, @Nullable Language language,
		@Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {

	private static final String ANY = "any";

	/** Every request. */
	public static QueueFilter all() {
		return new QueueFilter(null, null, null, null, null, ZoneOffset.UTC);
	}

	public QueueFilter withStatus(@Nullable RequestStatus value) {
		return new QueueFilter(value, flowId, language, from, to, zone);
	}

	public QueueFilter withFlow(@Nullable String value) {
		return new QueueFilter(status, value, language, from, to, zone);
	}

	public QueueFilter withLanguage(@Nullable Language value) {
		return new QueueFilter(status, flowId, value, from, to, zone);
	}

	public QueueFilter withDates(@Nullable LocalDate first, @Nullable LocalDate last, ZoneId in) {
		return new QueueFilter(status, flowId, language, first, last, in);
	}

	/** The filter as the audit log records it, by stable ids. */
	public String auditText() {
		return "status=" + (status == null ? ANY : status.id()) + ", flow=" + (flowId == null ? ANY : flowId)
				+ ", language=" + (language == null ? ANY : language.tag()) + ", from=" + (from == null ? ANY : from)
				+ ", to=" + (to == null ? ANY : to);
	}

}
