package app.stepwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.TenantChecked;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each check read from a tenant counts once, under its name and how it went. */
class TenantCheckMetersTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final TenantCheckMeters meters = new TenantCheckMeters(registry);

	private double count(String check, String result) {
		var counter = registry.find(StepwiseMeters.TENANT_CHECKS).tag("check", check).tag("result", result).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void checksAreCountedByNameAndResult() {
		Instant at = Instant.parse("2026-11-30T12:00:00Z");

		meters.checked(new TenantChecked("demo", TenantCheck.INBOX_RULES, CheckStatus.NOT_PERMITTED, at));
		meters.checked(new TenantChecked("demo", TenantCheck.INBOX_RULES, CheckStatus.NOT_PERMITTED, at));
		meters.checked(new TenantChecked("demo", TenantCheck.SIGN_INS, CheckStatus.COULD_NOT_RUN, at));
		meters.checked(new TenantChecked("demo", TenantCheck.SIGN_INS, CheckStatus.OK, at));

		assertThat(count("inbox-rules", "not-permitted")).isEqualTo(2);
		assertThat(count("sign-ins", "could-not-run")).isEqualTo(1);
		assertThat(count("sign-ins", "ok")).isEqualTo(1);
		assertThat(count("inbox-rules", "ok")).isZero();
	}

	@Test
	void everyStatusHasATagValueWithoutUnderscores() {
		for (CheckStatus status : CheckStatus.values()) {
			assertThat(TenantCheckMeters.result(status)).matches("[a-z]+(-[a-z]+)*");
		}
		assertThat(TenantCheckMeters.result(CheckStatus.NEEDS_LICENCE)).isEqualTo("needs-licence");
	}

}
