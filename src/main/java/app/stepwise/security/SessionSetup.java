package app.stepwise.security;

import app.stepwise.base.AuditEvent;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.i18n.PseudoLocale;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends sessions completely. Vaadin closes a session that has had no activity for the
 * session timeout ({@code vaadin.closeIdleSessions}; heartbeats do not count), but on its
 * own that keeps the HTTP session, and with it the sign-in; here the HTTP session ends
 * with it, and the audit log records the sign-out. The browser then opens the sign-in
 * screen, which says why.
 *
 * <p>
 * Also gives Vaadin's own messages (session expired, internal and synchronisation errors,
 * cookies disabled) in the reader's language.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

	/** Where the browser goes when its session has ended. */
	static final String EXPIRED_URL = "login?expired";

	private static final Logger log = LoggerFactory.getLogger(SessionSetup.class);

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionSetup(Messages messages, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionDestroyListener(destroyed -> end(destroyed.getSession().getSession()));
		event.getSource().setSystemMessagesProvider(systemMessages());
	}

	/**
	 * Ends the HTTP session of a closed Vaadin session. If someone was still signed in,
	 * Vaadin closed it for inactivity: the audit log records that they were signed out.
	 */
	private void end(@Nullable WrappedSession session) {
		if (session == null) {
			return;
		}
		try {
			Object security = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			session.invalidate();
			if (security instanceof SecurityContext context && context.getAuthentication() != null) {
				events.publishEvent(new AuditEvent(AuditEvent.SIGN_OUT, context.getAuthentication().getName(),
						"session closed after inactivity", clock.instant()));
			}
			log.debug("Ended the HTTP session of a closed Vaadin session");
		}
		catch (IllegalStateException alreadyEnded) {
			// The HTTP session ended first (sign-out, container timeout): nothing to do.
		}
	}

	private SystemMessagesProvider systemMessages() {
		// Vaadin asks for them on every request; they differ only by language.
		Map<Locale, SystemMessages> byLanguage = new ConcurrentHashMap<>();
		return info -> {
			Locale locale = info.getLocale() == null ? Language.ENGLISH.locale() : info.getLocale();
			Locale language = PseudoLocale.is(locale) ? locale : Language.orEnglish(locale).locale();
			return byLanguage.computeIfAbsent(language, this::systemMessages);
		};
	}

	private SystemMessages systemMessages(Locale locale) {
		CustomizedSystemMessages texts = new CustomizedSystemMessages();
		texts.setSessionExpiredNotificationEnabled(false);
		texts.setSessionExpiredURL(EXPIRED_URL);
		texts.setSessionExpiredCaption(messages.get(locale, "ui.system.session-expired.caption"));
		texts.setSessionExpiredMessage(messages.get(locale, "ui.login.expired"));
		texts.setInternalErrorCaption(messages.get(locale, "ui.system.internal-error.caption"));
		texts.setInternalErrorMessage(messages.get(locale, "ui.system.internal-error.message"));
		texts.setSyncErrorCaption(messages.get(locale, "ui.system.internal-error.caption"));
		texts.setSyncErrorMessage(messages.get(locale, "ui.system.internal-error.message"));
		texts.setCookiesDisabledCaption(messages.get(locale, "ui.system.cookies-disabled.caption"));
		texts.setCookiesDisabledMessage(messages.get(locale, "ui.system.cookies-disabled.message"));
		return texts;
	}

}
