package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.ColumnHeaders;
import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.QueueFilter;
import app.stepwise.escalation.SupportRequestRow;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.flow.FlowDefinition;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The support queue: every request, newest first, loaded page by page from the database
 * as the grid scrolls; filtered by status, problem, language and creation date; sorted by
 * any column; exported as CSV exactly as filtered.
 */
@Route("support")
@RolesAllowed(Roles.SUPPORT)
@Menu(title = "ui.menu.support-queue", order = 2)
@Screen
class SupportQueueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final SupportRequests requests;

	private final Messages messages;

	private final Clock clock;

	final H1 title = new H1();

	final QueueFilterBar filters;

	final Span count = new Span();

	final Anchor export;

	final Grid<SupportRequestRow> grid = new Grid<>();

	private final ColumnHeaders headers = new ColumnHeaders();

	/** Read by the download, which may run outside the UI's lock. */
	private volatile QueueFilter filter = QueueFilter.all();

	private final Grid.Column<SupportRequestRow> createdColumn;

	SupportQueueView(SupportRequests requests, FlowCatalog catalog, Messages messages, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.clock = clock;
		addClassName("support-queue-view");
		title.setId("queue-title");

		filters = new QueueFilterBar(catalog.flows().stream().map(FlowDefinition::id).toList(), changed -> {
			filter = changed;
			grid.getDataProvider().refreshAll();
			showCount();
		});

		count.setId("queue-count");
		count.getElement().setAttribute("aria-live", "polite");
		export = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, "");
		export.setId("export-csv");
		export.addClassName("export-link");
		Div toolbar = new Div(count, export);
		toolbar.addClassName("queue-toolbar");

		grid.setId("queue");
		grid.addClassName("queue-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setPageSize(50);
		headers.add("ui.support.column.reference",
				grid.addComponentColumn(this::referenceLink)
					.setKey("reference")
					.setSortProperty("reference")
					.setAutoWidth(true)
					.setFlexGrow(0));
		createdColumn = headers.add("ui.support.column.created",
				grid.addColumn(r -> messages.dateTime(getLocale(), r.createdAt(), BrowserZone.current()))
					.setKey("createdAt")
					.setSortProperty("createdAt")
					.setAutoWidth(true));
		headers.add("ui.support.column.language",
				grid.addColumn(r -> r.language().nativeName())
					.setKey("language")
					.setSortProperty("language")
					.setAutoWidth(true));
		headers.add("ui.support.column.flow",
				grid.addColumn(r -> getTranslation(r.flowTitleKey()))
					.setKey("flowId")
					.setSortProperty("flowId")
					.setAutoWidth(true));
		headers.add("ui.support.column.affected-user",
				grid.addColumn(SupportRequestRow::affectedUser)
					.setKey("affectedUser")
					.setSortProperty("affectedUser")
					.setAutoWidth(true));
		headers.add("ui.support.column.status",
				grid.addColumn(r -> getTranslation(r.status().messageKey()))
					.setKey("status")
					.setSortProperty("status")
					.setAutoWidth(true));
		grid.setMultiSort(true, true);
		grid.setItemsPageable(pageable -> requests.queue(filter, pageable).getContent(),
				pageable -> requests.count(filter));
		grid.sort(List.of(new GridSortOrder<>(createdColumn, SortDirection.DESCENDING)));
		grid.addItemClickListener(e -> open(e.getItem()));

		add(title, filters, toolbar, grid);
	}

	private RouterLink referenceLink(SupportRequestRow row) {
		RouterLink link = new RouterLink(row.reference(), SupportRequestDetailView.class,
				new RouteParameters(SupportRequestDetailView.REFERENCE, row.reference()));
		link.setId("open-" + row.reference());
		link.getElement()
			.setAttribute("aria-label", getTranslation("ui.support.queue.open", Map.of("reference", row.reference())));
		return link;
	}

	private void open(SupportRequestRow row) {
		UI.getCurrent()
			.navigate(SupportRequestDetailView.class,
					new RouteParameters(SupportRequestDetailView.REFERENCE, row.reference()));
	}

	private void showCount() {
		count.setText(getTranslation("ui.support.queue.count", Map.of("count", requests.count(filter))));
	}

	/**
	 * The CSV of the requests as currently filtered, in the reader's language, written
	 * while it is downloaded.
	 */
	DownloadHandler csvDownload() {
		return event -> {
			QueueFilter current = filter;
			Language reader = Language.orEnglish(event.getUI().getLocale());
			event.setFileName("stepwise-requests-" + LocalDate.now(clock.withZone(current.zone())) + ".csv");
			event.setContentType("text/csv; charset=UTF-8");
			requests.exportCsv(current, reader, event.getOutputStream());
		};
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.support.queue.title"));
		export.removeAll();
		export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("ui.support.queue.export")));
		headers.translate(this);
		grid.setEmptyStateText(getTranslation("ui.support.queue.empty"));
		grid.getElement().setAttribute("aria-label", getTranslation("ui.support.queue.title"));
		grid.getDataProvider().refreshAll();
		showCount();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.support.queue.page-title");
	}

}
