package app.stepwise.wizard.ui;

import app.stepwise.base.ui.SafeHtml;
import app.stepwise.base.ui.Screen;
import app.stepwise.flow.EntryPoint;
import app.stepwise.security.Roles;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The start page: the problems Stepwise helps with, in plain words, each starting its
 * flow. The problems are router links written as the list's content ({@link SafeHtml}):
 * the browser follows them as any {@code RouterLink}, and the page, shown at the end of
 * every run, keeps three elements instead of four per problem.
 */
@Route("")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "ui.menu.start", order = 0)
@Screen
class StartView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final Wizard wizard;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final UnorderedList problems = new UnorderedList();

	StartView(Wizard wizard) {
		this.wizard = wizard;
		addClassName("start-view");
		title.setId("start-title");
		problems.addClassName("problem-list");
		problems.setId("problems");
		add(title, intro, problems);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.start.title"));
		intro.setText(getTranslation("ui.start.intro"));
		SafeHtml cards = new SafeHtml();
		for (EntryPoint entry : wizard.entryPoints()) {
			cards.open("li")
				.open("a", "id", "entry-" + entry.flowId() + "-" + entry.id(), "class", "problem-card", "href",
						StepLinks.entryHref(entry), "router-link", "")
				.element("h2", "problem-title", getTranslation(entry.titleKey()))
				.element("span", "problem-summary", getTranslation(entry.summaryKey()))
				.close("a")
				.close("li");
		}
		cards.writeInto(problems.getElement());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.start.page-title");
	}

}
