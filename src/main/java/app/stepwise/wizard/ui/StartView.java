package app.stepwise.wizard.ui;

import app.stepwise.flow.EntryPoint;
import app.stepwise.security.Roles;
import app.stepwise.wizard.Wizard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The start page: the problems Stepwise helps with, in plain words, each starting its
 * flow.
 */
@Route("")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "ui.menu.start", order = 0)
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
		problems.removeAll();
		for (EntryPoint entry : wizard.entryPoints()) {
			problems.add(new ListItem(card(entry)));
		}
	}

	private RouterLink card(EntryPoint entry) {
		RouterLink link = new RouterLink();
		link.setRoute(StepView.class, new RouteParameters(Map.of(StepLinks.FLOW_ID, entry.flowId())));
		link.setQueryParameters(StepLinks.entryQuery(entry.id()));
		link.setId("entry-" + entry.flowId() + "-" + entry.id());
		link.addClassName("problem-card");
		H2 heading = new H2(getTranslation(entry.titleKey()));
		Span summary = new Span(getTranslation(entry.summaryKey()));
		summary.addClassName("problem-summary");
		link.add(heading, summary);
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.start.page-title");
	}

}
