package app.stepwise.reminders;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stepwise.reminders.*}: e-mails to operators when the wait of an action is over.
 *
 * @param enabled whether steps offer reminders and due ones are sent (they also need
 * {@code spring.mail.host})
 * @param from the sender address
 * @param baseUrl the address of Stepwise that links in reminders start with; by default
 * the one the operator used when asking for the reminder
 * @param interval how often each server looks for reminders that are due
 * @param addresses e-mail addresses of operators whose sign-in name is not one, by
 * sign-in name
 */
@ConfigurationProperties("stepwise.reminders")
public record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("stepwise@localhost") String from,
		@Nullable URI baseUrl, @DefaultValue("1m") Duration interval, @DefaultValue Map<String, String> addresses) {
}
