package app.stepwise.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The application's clock; tests replace it to control time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
