package app.stepwise.base.ui;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.LanguageSetup;
import app.stepwise.i18n.PseudoLocale;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;

/**
 * The frame around every screen: a skip link, the header with the product name, the
 * language picker and the signed-in person with a way to sign out, and the main landmark
 * that holds the screen.
 *
 * <p>
 * Anyone may see the frame, so that the sign-in screen has it too; every screen inside
 * declares who may see it.
 *
 * <p>
 * The frame also names the request form's radio group for the production bundle: the form
 * is reached through a Spring bean, which the bundle's scan of the screens cannot follow
 * (see {@code Application}).
 */
@Layout
@Uses(LightRadioGroup.class)
@AnonymousAllowed
@Screen
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver {

	private final Anchor skipLink = new Anchor("#main-content", "");

	private final Anchor home = new Anchor("", "");

	private final Nav navigation = new Nav();

	private final LightSelect<Language> language = new LightSelect<>();

	private final Main main = new Main();

	private final Span user = new Span();

	private final Button signOut = new Button();

	private final LanguageSetup languageSetup;

	public MainLayout(LanguageSetup languageSetup, AuthenticationContext authentication) {
		this.languageSetup = languageSetup;
		addClassName("app");
		skipLink.addClassName("skip-link");
		home.addClassName("app-brand");
		home.setId("home");
		language.setId("language");
		language.addClassName("language-picker");
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::nativeName);
		language.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				languageSetup.choose(UI.getCurrent(), e.getValue().locale());
			}
		});
		navigation.addClassName("app-nav");
		user.setId("signed-in-user");
		user.addClassName("signed-in-user");
		signOut.setId("sign-out");
		signOut.addThemeVariants(ButtonVariant.TERTIARY);
		signOut.addClickListener(e -> authentication.logout());
		Div account = new Div(user, signOut);
		account.addClassName("app-account");
		account.setVisible(authentication.isAuthenticated());
		authentication.getPrincipalName().ifPresent(user::setText);
		Header header = new Header(home, navigation, language, account);
		header.addClassName("app-header");
		main.setId("main-content");
		main.addClassName("app-main");
		main.getElement().setAttribute("tabindex", "-1");
		add(skipLink, header, main);
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		main.getElement().removeAllChildren();
		if (content != null) {
			main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
		}
	}

	/**
	 * The menu: every view annotated with {@code @Menu} that the current user may open,
	 * as router links written into the navigation ({@link SafeHtml}): the header is on
	 * every screen, and its links never change without a new language.
	 */
	private void showMenu() {
		SafeHtml links = new SafeHtml();
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			String path = entry.path().replaceAll("^/+", "");
			links
				.open("a", "id", "menu-" + path.replace('/', '-').replaceAll("-$", "") + "-link", "href", path,
						"router-link", "")
				.text(getTranslation(entry.title()))
				.close("a");
		}
		links.writeInto(navigation.getElement());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		showMenu();
		skipLink.setText(getTranslation("ui.layout.skip-to-content"));
		home.setText(getTranslation("ui.app.name"));
		home.getElement().setAttribute("aria-label", getTranslation("ui.layout.home"));
		navigation.getElement().setAttribute("aria-label", getTranslation("ui.layout.navigation"));
		signOut.setText(getTranslation("ui.layout.sign-out"));
		language.setAriaLabel(getTranslation("ui.layout.language"));
		language.setTooltipText(getTranslation("ui.layout.language"));
		language.setValue(PseudoLocale.is(event.getLocale()) ? null : Language.orEnglish(event.getLocale()));
	}

}
