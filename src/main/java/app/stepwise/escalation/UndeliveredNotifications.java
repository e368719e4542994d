package app.stepwise.escalation;

import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.internal.DeadLetters;
import app.stepwise.security.CurrentUser;
import app.stepwise.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Notifications given up after too many failed attempts (dead letters), for support
 * staff: which they are, and sending one again, which puts it back into the outbox for
 * the next retry round (as if it had failed once). Sending again is audited.
 */
@Service
public class UndeliveredNotifications {

	private final DeadLetters deadLetters;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UndeliveredNotifications(DeadLetters deadLetters, CurrentUser currentUser, ApplicationEventPublisher events,
			Clock clock) {
		this.deadLetters = deadLetters;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** Every notification given up, most recently given up first. */
	@RolesAllowed(Roles.SUPPORT)
	public List<UndeliveredNotification> list() {
		return deadLetters.list();
	}

	/**
	 * Sends a notification again (at the next retry round).
	 * @return whether it was still given up (false if someone else sent it again first)
	 */
	@RolesAllowed(Roles.SUPPORT)
	public boolean sendAgain(UndeliveredNotification notification) {
		String actor = currentUser.requireName();
		boolean again = deadLetters.sendAgain(notification.id());
		if (again) {
			events.publishEvent(new AuditEvent(AuditEvent.NOTIFICATION_SENT_AGAIN, actor,
					notification.reference() + " " + notification.channel().name().toLowerCase(Locale.ROOT),
					clock.instant()));
		}
		return again;
	}

}
