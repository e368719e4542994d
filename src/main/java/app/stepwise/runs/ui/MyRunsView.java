package app.stepwise.runs.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.ColumnHeaders;
import app.stepwise.base.ui.Screen;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Messages;
import app.stepwise.runs.MyRuns;
import app.stepwise.runs.SavedRun;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's saved runs, as the service gives them: those still open, with
 * where they stand and until when a wait lasts, and those finished lately. Opening one
 * continues it at its step, on any device.
 */
@Route("my-runs")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "ui.menu.my-runs", order = 0.5)
@Screen
class MyRunsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final Messages messages;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final H2 openTitle = new H2();

	final Grid<SavedRun> open = new Grid<>();

	final H2 finishedTitle = new H2();

	final Grid<SavedRun> finished = new Grid<>();

	private final ColumnHeaders headers = new ColumnHeaders();

	MyRunsView(MyRuns runs, Messages messages) {
		this.messages = messages;
		addClassName("my-runs-view");
		title.setId("my-runs-title");
		intro.setId("my-runs-intro");
		open.setId("open-runs");
		finished.setId("finished-runs");
		for (Grid<SavedRun> grid : java.util.List.of(open, finished)) {
			grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
			grid.setAllRowsVisible(true);
		}
		headers.add("ui.support.column.flow", open.addComponentColumn(this::runLink).setKey("flow").setAutoWidth(true));
		headers.add("ui.runs.column.step", open.addColumn(this::stepTitle).setKey("step").setAutoWidth(true));
		headers.add("ui.support.column.affected-user",
				open.addColumn(SavedRun::affectedUser).setKey("affectedUser").setAutoWidth(true));
		headers.add("ui.runs.column.last-activity",
				open.addColumn(r -> time(r.lastActivityAt())).setKey("lastActivity").setAutoWidth(true));
		headers.add("ui.runs.column.waiting-until",
				open.addColumn(r -> time(r.waitingUntil())).setKey("waitingUntil").setAutoWidth(true));
		headers.add("ui.support.column.flow",
				finished.addComponentColumn(this::runLink).setKey("flow").setAutoWidth(true));
		headers.add("ui.runs.column.end",
				finished.addColumn(r -> r.ending().map(e -> getTranslation(e.messageKey())).orElse(""))
					.setKey("end")
					.setAutoWidth(true));
		headers.add("ui.runs.column.end-step", finished.addColumn(this::stepTitle).setKey("step").setAutoWidth(true));
		headers.add("ui.support.column.affected-user",
				finished.addColumn(SavedRun::affectedUser).setKey("affectedUser").setAutoWidth(true));
		headers.add("ui.runs.column.ended-at",
				finished.addColumn(r -> time(r.endedAt())).setKey("endedAt").setAutoWidth(true));
		open.setItems(runs.open());
		finished.setItems(runs.recentlyFinished());
		add(title, intro, openTitle, open, finishedTitle, finished);
	}

	private RouterLink runLink(SavedRun run) {
		RouterLink link = new RouterLink(getTranslation(FlowMessageKeys.flowTitle(run.flowId())), ResumeRunView.class,
				new RouteParameters(ResumeRunView.RUN_ID, run.id().toString()));
		link.setId("run-" + run.id());
		return link;
	}

	private String stepTitle(SavedRun run) {
		return getTranslation(FlowMessageKeys.stepTitle(run.stepFlowId(), run.stepId()));
	}

	private String time(@Nullable Instant at) {
		return at == null ? "" : messages.dateTime(getLocale(), at, BrowserZone.current());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.runs.mine.title"));
		intro.setText(getTranslation("ui.runs.mine.intro"));
		openTitle.setText(getTranslation("ui.runs.mine.open"));
		finishedTitle.setText(getTranslation("ui.runs.mine.finished"));
		headers.translate(this);
		open.setEmptyStateText(getTranslation("ui.runs.mine.open-empty"));
		finished.setEmptyStateText(getTranslation("ui.runs.mine.finished-empty"));
		open.getDataProvider().refreshAll();
		finished.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.runs.mine.page-title");
	}

}
