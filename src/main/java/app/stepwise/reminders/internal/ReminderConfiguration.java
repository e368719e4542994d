package app.stepwise.reminders.internal;

import app.stepwise.escalation.NotificationDelivery;
import app.stepwise.i18n.Messages;
import app.stepwise.reminders.ReminderProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reminders are sent when {@code stepwise.reminders.enabled} (the default) and a mail
 * server is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "stepwise.reminders.enabled", matchIfMissing = true)
	@ConditionalOnProperty(prefix = "spring.mail", name = "host")
	static class Sending {

		@Bean
		DueReminders dueReminders(ReminderStore store, PlatformTransactionManager transactionManager,
				ApplicationEventPublisher events, Clock clock) {
			return new DueReminders(store, transactionManager, events, clock);
		}

		@Bean
		ReminderMailer reminderMailer(JavaMailSender sender, ReminderStore store, NotificationDelivery delivery,
				Messages messages, ReminderProperties properties) {
			return new ReminderMailer(sender, store, delivery, messages, properties);
		}

		@Bean
		ReminderSchedule reminderSchedule(DueReminders due) {
			return new ReminderSchedule(due);
		}

	}

	/**
	 * Looks for due reminders on every server, every {@code stepwise.reminders.interval}.
	 */
	static class ReminderSchedule {

		private final DueReminders due;

		ReminderSchedule(DueReminders due) {
			this.due = due;
		}

		@Scheduled(fixedDelayString = "${stepwise.reminders.interval:1m}",
				initialDelayString = "${stepwise.reminders.interval:1m}")
		void run() {
			due.sendDue();
		}

	}

}
