package app.stepwise.runs.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunsProperties.class)
class RunsConfiguration {

	@Bean
	RunTable runTable(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		return new RunTable(jdbc, transactionManager);
	}

	@Bean
	RunHousekeeping runHousekeeping(JdbcTemplate jdbc) {
		return new RunHousekeeping(jdbc);
	}

}
