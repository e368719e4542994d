package app.stepwise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One audit event is one line of JSON, whatever people typed into it. */
class AuditLogTest {

	private static final Instant AT = Instant.parse("2026-11-21T10:15:30Z");

	@Test
	void anEventIsOneLineOfJsonWithWhoWhatAndWhen() {
		String line = AuditLog.format(new AuditEvent(AuditEvent.SIGN_IN, "anna", "form from 10.0.0.7", AT));

		assertThat(line).isEqualTo(
				"{\"at\":\"2026-11-21T10:15:30Z\",\"action\":\"sign-in\",\"actor\":\"anna\",\"detail\":\"form from 10.0.0.7\"}");
	}

	@Test
	void typedLineBreaksQuotesAndBackslashesCannotForgeAnotherEntry() {
		String line = AuditLog.format(
				new AuditEvent(AuditEvent.SIGN_IN_FAILED, "x\"}\n{\"action\":\"sign-in\",\"actor\":\"admin\\", "", AT));

		assertThat(line).doesNotContain("\n", "\r")
			.contains("\"actor\":\"x\\\"}\\u000a{\\\"action\\\":\\\"sign-in\\\",\\\"actor\\\":\\\"admin\\\\\"");
	}

	@Test
	void invisibleAndDirectionChangingCharactersAreShownAsEscapes() {
		String line = AuditLog
			.format(new AuditEvent(AuditEvent.SIGN_IN_FAILED, "\u202Eadmin\u200B\u0000\uD800", "", AT));

		assertThat(line).contains("\\u202eadmin\\u200b\\u0000\\ud800");
	}

	@Test
	void longValuesAreCutAndSayHowLongTheyWere() {
		String line = AuditLog.format(new AuditEvent(AuditEvent.SIGN_IN_FAILED, "a".repeat(1_000_000), "", AT));

		assertThat(line).hasSizeLessThan(400).contains("…(1000000 chars)");
	}

}
