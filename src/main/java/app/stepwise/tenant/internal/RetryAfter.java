package app.stepwise.tenant.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** Reads the {@code Retry-After} header Graph sends with 429 and 503 answers. */
final class RetryAfter {

	/** The longest wait believed; anything longer is a day anyway. */
	private static final long MAX_SECONDS = 86_400;

	private RetryAfter() {
	}

	/**
	 * The wait asked for, in seconds or as an HTTP date; nothing when absent or
	 * unreadable.
	 */
	static @Nullable Duration of(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, MAX_SECONDS));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
