package app.stepwise.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Settings that would abandon every run at once, or erase runs as they end, are refused.
 */
class RunsPropertiesTest {

	@Test
	void zeroOrNegativeTimesAreRefusedByName() {
		Duration ok = Duration.ofHours(1);
		assertThatThrownBy(() -> new RunsProperties(Duration.ZERO, ok, ok)).hasMessageContaining("abandon-after");
		assertThatThrownBy(() -> new RunsProperties(ok, Duration.ofDays(-1), ok)).hasMessageContaining("keep-finished");
		assertThatThrownBy(() -> new RunsProperties(ok, ok, Duration.ZERO)).hasMessageContaining("upkeep-interval");
		assertThat(new RunsProperties(ok, ok, ok).abandonAfter()).isEqualTo(ok);
	}

}
