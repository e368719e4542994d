package app.stepwise.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** The header says who is signed in and offers to sign out, in the reader's language. */
class MainLayoutAccountTest extends KaribuTest {

	@Test
	void theHeaderNamesTheSignedInPersonAndOffersSignOut() {
		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());
		navigate("");

		assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).isEqualTo(TEST_USER);
		assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Logg av");
	}

	@Test
	void onTheSignInScreenThereIsNobodyToSignOut() {
		startSessionAs(null);

		navigate("login");

		assertThat(_find(Button.class, spec -> spec.withId("sign-out"))).isEmpty();
		assertThat(_find(Span.class, spec -> spec.withId("signed-in-user"))).isEmpty();
	}

}
