package app.stepwise.privacy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code stepwise.privacy}: how long each kind of personal data is kept (by
 * its {@link PersonalData#name()}; unset, its own default) and how often the retention
 * round runs.
 */
@ConfigurationProperties("stepwise.privacy")
record PrivacyProperties(@DefaultValue Map<String, Duration> retention,
		@DefaultValue("1h") Duration retentionInterval) {

	/** How long data of the given kind is kept. */
	Duration retentionOf(PersonalData data) {
		return retention.getOrDefault(data.name(), data.defaultRetention());
	}

}
