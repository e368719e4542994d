package app.stepwise.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@code getTranslation} backed by the ICU bundles. Arguments are named: pass
 * one {@code Map<String, ?>}. Never returns null.
 */
@Component
class StepwiseI18NProvider implements I18NProvider {

	private final Messages messages;

	StepwiseI18NProvider(Messages messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return Arrays.stream(Language.values()).map(Language::locale).toList();
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Map<String, ?> arguments = params.length == 1 && params[0] instanceof Map<?, ?> map ? named(map) : Map.of();
		return messages.get(locale == null ? Language.ENGLISH.locale() : locale, key, arguments);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> named(Map<?, ?> map) {
		return (Map<String, ?>) map;
	}

}
