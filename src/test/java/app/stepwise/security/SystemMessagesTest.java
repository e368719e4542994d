package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.MessageBundles;
import app.stepwise.i18n.Messages;
import app.stepwise.i18n.PseudoLocale;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Vaadin's own messages (session expired, internal error, cookies disabled) come in the
 * reader's language, whichever language asked first: Vaadin asks for them on every
 * request, and they are made once per language.
 */
class SystemMessagesTest {

	private static final Messages MESSAGES = new Messages(
			MessageBundles.load(SystemMessagesTest.class.getClassLoader()), false);

	private final VaadinService service = mock(VaadinService.class);

	private final SystemMessagesProvider provider = provider();

	@ParameterizedTest
	@EnumSource(Language.class)
	void eachLanguageReadsItsOwn(Language language) {
		// Another language asks first, as another session would.
		messagesFor(language == Language.DANISH ? Language.SLOVENIAN.locale() : Language.DANISH.locale());

		SystemMessages texts = messagesFor(language.locale());

		assertThat(texts.getInternalErrorCaption())
			.isEqualTo(MESSAGES.get(language.locale(), "ui.system.internal-error.caption"));
		assertThat(texts.getInternalErrorMessage())
			.isEqualTo(MESSAGES.get(language.locale(), "ui.system.internal-error.message"));
		assertThat(texts.getCookiesDisabledCaption())
			.isEqualTo(MESSAGES.get(language.locale(), "ui.system.cookies-disabled.caption"));
		assertThat(texts.getSessionExpiredURL()).isEqualTo(SessionSetup.EXPIRED_URL);
	}

	@Test
	void aRegionalVariantReadsItsLanguageAndAnUnknownOneEnglish() {
		assertThat(messagesFor(Locale.forLanguageTag("sv-FI")).getInternalErrorCaption())
			.isEqualTo(MESSAGES.get(Language.SWEDISH.locale(), "ui.system.internal-error.caption"));
		assertThat(messagesFor(Locale.JAPANESE).getInternalErrorCaption())
			.isEqualTo(MESSAGES.get(Language.ENGLISH.locale(), "ui.system.internal-error.caption"));
	}

	@Test
	void thePseudoLanguageIsNotEnglish() {
		String english = messagesFor(Language.ENGLISH.locale()).getInternalErrorCaption();

		assertThat(messagesFor(PseudoLocale.LOCALE).getInternalErrorCaption())
			.isEqualTo(MESSAGES.get(PseudoLocale.LOCALE, "ui.system.internal-error.caption"))
			.isNotEqualTo(english);
	}

	private SystemMessages messagesFor(Locale locale) {
		return provider.getSystemMessages(new SystemMessagesInfo(locale, null, service));
	}

	private SystemMessagesProvider provider() {
		new SessionSetup(MESSAGES, mock(ApplicationEventPublisher.class), Clock.systemUTC())
			.serviceInit(new ServiceInitEvent(service));
		ArgumentCaptor<SystemMessagesProvider> captor = ArgumentCaptor.forClass(SystemMessagesProvider.class);
		verify(service).setSystemMessagesProvider(captor.capture());
		return captor.getValue();
	}

}
