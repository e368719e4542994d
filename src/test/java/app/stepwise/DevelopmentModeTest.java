package app.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/**
 * Development mode, with its demo users, follows the build; configuration may switch it
 * off, but never on in a production build.
 */
class DevelopmentModeTest {

	private static MockEnvironment setting(String value) {
		return new MockEnvironment().withProperty(DevelopmentMode.PROPERTY, value);
	}

	@Test
	void withoutTheSettingItIsOnExactlyWhereVaadinsDevelopmentServerIs() {
		assertThat(new DevelopmentMode(new MockEnvironment(), true).isEnabled()).isTrue();
		assertThat(new DevelopmentMode(new MockEnvironment(), false).isEnabled()).isFalse();
	}

	@Test
	void theSettingSwitchesItOffInDevelopment() {
		assertThat(new DevelopmentMode(setting("false"), true).isEnabled()).isFalse();
		assertThat(new DevelopmentMode(setting("false"), false).isEnabled()).isFalse();
	}

	@Test
	void aProductionBuildRefusesToStartInDevelopmentModeAndSaysWhy() {
		assertThatThrownBy(() -> new DevelopmentMode(setting("true"), false))
			.isInstanceOfSatisfying(DevelopmentMode.Unavailable.class, refused -> {
				FailureAnalysis analysis = new DevelopmentModeFailureAnalyzer().analyze(refused);
				assertThat(analysis.getDescription()).contains("stepwise.development=true", "production build",
						"demo users");
				assertThat(analysis.getAction()).contains("Remove stepwise.development=true");
			});
	}

}
