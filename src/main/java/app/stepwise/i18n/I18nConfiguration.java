package app.stepwise.i18n;

import app.stepwise.DevelopmentMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

	@Bean
	MessageBundles messageBundles() {
		return MessageBundles.load(I18nConfiguration.class.getClassLoader());
	}

	@Bean
	Messages messages(MessageBundles bundles, DevelopmentMode mode) {
		return new Messages(bundles, mode.isEnabled());
	}

	@Bean
	LanguageResolver languageResolver(DevelopmentMode mode) {
		return new LanguageResolver(mode.isEnabled());
	}

}
