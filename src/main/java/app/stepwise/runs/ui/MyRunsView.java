package app.stepwise.runs.ui;

import app.stepwise.base.ui.BrowserZone;
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
class MyRunsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final Messages messages;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final H2 openTitle = new H2();

	final Grid<SavedRun> open = new Grid<>();

	final H2 finishedTitle = new H2();

	final Grid<SavedRun> finished = new Grid<>();

	private final Grid.Column<SavedRun> openFlow;

	private final Grid.Column<SavedRun> openStep;

	private final Grid.Column<SavedRun> openUser;

	private final Grid.Column<SavedRun> openActivity;

	private final Grid.Column<SavedRun> openWaiting;

	private final Grid.Column<SavedRun> finishedFlow;

	private final Grid.Column<SavedRun> finishedEnd;

	private final Grid.Column<SavedRun> finishedStep;

	private final Grid.Column<SavedRun> finishedUser;

	private final Grid.Column<SavedRun> finishedAt;

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
		openFlow = open.addComponentColumn(this::runLink).setKey("flow").setAutoWidth(true);
		openStep = open.addColumn(this::stepTitle).setKey("step").setAutoWidth(true);
		openUser = open.addColumn(SavedRun::affectedUser).setKey("affectedUser").setAutoWidth(true);
		openActivity = open.addColumn(r -> time(r.lastActivityAt())).setKey("lastActivity").setAutoWidth(true);
		openWaiting = open.addColumn(r -> time(r.waitingUntil())).setKey("waitingUntil").setAutoWidth(true);
		finishedFlow = finished.addComponentColumn(this::runLink).setKey("flow").setAutoWidth(true);
		finishedEnd = finished.addColumn(r -> r.ending().map(e -> getTranslation(e.messageKey())).orElse(""))
			.setKey("end")
			.setAutoWidth(true);
		finishedStep = finished.addColumn(this::stepTitle).setKey("step").setAutoWidth(true);
		finishedUser = finished.addColumn(SavedRun::affectedUser).setKey("affectedUser").setAutoWidth(true);
		finishedAt = finished.addColumn(r -> time(r.endedAt())).setKey("endedAt").setAutoWidth(true);
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
		openFlow.setHeader(getTranslation("ui.support.column.flow"));
		openStep.setHeader(getTranslation("ui.runs.column.step"));
		openUser.setHeader(getTranslation("ui.support.column.affected-user"));
		openActivity.setHeader(getTranslation("ui.runs.column.last-activity"));
		openWaiting.setHeader(getTranslation("ui.runs.column.waiting-until"));
		finishedFlow.setHeader(getTranslation("ui.support.column.flow"));
		finishedEnd.setHeader(getTranslation("ui.runs.column.end"));
		finishedStep.setHeader(getTranslation("ui.runs.column.end-step"));
		finishedUser.setHeader(getTranslation("ui.support.column.affected-user"));
		finishedAt.setHeader(getTranslation("ui.runs.column.ended-at"));
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
