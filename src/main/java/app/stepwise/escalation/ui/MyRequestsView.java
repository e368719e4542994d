package app.stepwise.escalation.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.ColumnHeaders;
import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.SupportRequestRow;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The operator's own support requests: all they filed under their user name, as the
 * service gives them to the signed-in person.
 */
@Route("my-requests")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "ui.menu.my-requests", order = 1)
@Screen
class MyRequestsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final Messages messages;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final Grid<SupportRequestRow> grid = new Grid<>();

	private final ColumnHeaders headers = new ColumnHeaders();

	MyRequestsView(SupportRequests requests, Messages messages) {
		this.messages = messages;
		addClassName("my-requests-view");
		title.setId("my-requests-title");
		intro.setId("my-requests-intro");
		grid.setId("my-requests");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		headers.add("ui.support.column.reference",
				grid.addComponentColumn(this::referenceLink).setKey("reference").setAutoWidth(true));
		headers.add("ui.support.column.created",
				grid.addColumn(r -> messages.dateTime(getLocale(), r.createdAt(), BrowserZone.current()))
					.setKey("createdAt")
					.setAutoWidth(true));
		headers.add("ui.support.column.flow",
				grid.addColumn(r -> getTranslation(r.flowTitleKey())).setKey("flowId").setAutoWidth(true));
		headers.add("ui.support.column.affected-user",
				grid.addColumn(SupportRequestRow::affectedUser).setKey("affectedUser").setAutoWidth(true));
		headers.add("ui.support.column.status",
				grid.addColumn(r -> getTranslation(r.status().messageKey())).setKey("status").setAutoWidth(true));
		grid.setItemsPageable(pageable -> requests.mine(pageable).getContent(), pageable -> requests.countMine());
		add(title, intro, grid);
	}

	private RouterLink referenceLink(SupportRequestRow row) {
		RouterLink link = new RouterLink(row.reference(), MyRequestView.class,
				new RouteParameters(MyRequestView.REFERENCE, row.reference()));
		link.setId("request-" + row.reference());
		return link;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.escalation.mine.title"));
		intro.setText(getTranslation("ui.escalation.mine.intro"));
		headers.translate(this);
		grid.setEmptyStateText(getTranslation("ui.escalation.mine.empty"));
		grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.escalation.mine.page-title");
	}

}
