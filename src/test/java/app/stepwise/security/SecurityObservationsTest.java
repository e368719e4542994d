package app.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * No request pays for Spring Security's observations, which Stepwise does not record: its
 * filters are not wrapped to observe them. Requests are still observed as a whole, the
 * timing operators get.
 */
class SecurityObservationsTest extends HttpTest {

	@Test
	void aRequestPassesTheSecurityFiltersUnwrappedAndIsStillTimed() {
		assertThat(signedIn("admin", "admin").startUi("", "").status()).isEqualTo(200);

		assertThat(server.latestUiStack())
			.contains(FilterChainProxy.class.getName(), ServerHttpObservationFilter.class.getName())
			.noneMatch(type -> type.startsWith(ObservationFilterChainDecorator.class.getName()));
	}

}
