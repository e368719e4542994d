package app.stepwise.escalation.internal;

import app.stepwise.base.JobLock;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import tools.jackson.databind.json.JsonMapper;

/** Notifications of new support requests; see {@link NotificationProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

	/**
	 * Retries run only when some notification is configured: the team's, or reminders to
	 * operators (on by default, sent when a mail server is).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${stepwise.notifications.mail.to:}' != '' or '${stepwise.notifications.webhook.url:}' != ''"
			+ " or ('${stepwise.reminders.enabled:true}' == 'true' and '${spring.mail.host:}' != '')")
	static class Retries {

		@Bean
		NotificationRetry notificationRetry(FailedEventPublications failed, Outbox outbox, JobLock lock,
				NotificationProperties properties, Clock clock, JsonMapper json) {
			return new NotificationRetry(failed, outbox, lock, properties, clock, json);
		}

		/** The health component {@code notifications}. */
		@Bean
		NotificationsHealth notificationsHealthIndicator(Outbox outbox, ObjectProvider<JavaMailSender> mail,
				NotificationProperties properties, Clock clock) {
			return new NotificationsHealth(outbox, properties.mail().to().isEmpty() ? null : mail.getIfAvailable(),
					clock);
		}

	}

}
