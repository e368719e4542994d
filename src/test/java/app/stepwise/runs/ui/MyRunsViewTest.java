package app.stepwise.runs.ui;

import app.stepwise.wizard.ui.Answers;
import app.stepwise.ShownText;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.base.ui.NotFoundView;
import app.stepwise.flow.OutcomeKind;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import app.stepwise.runs.MyRuns;
import app.stepwise.runs.RunEnd;
import app.stepwise.runs.SavedRun;
import app.stepwise.security.Roles;
import app.stepwise.wizard.RunEnded;
import app.stepwise.wizard.RunStarted;
import app.stepwise.wizard.ui.TranscriptList;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * "My runs": a run left in one session is listed and continued in another (as after
 * signing out, or on another device); someone else's run, or an id made up, is not found,
 * in the reader's language, and audited; a run whose flow changed says so.
 */
@RecordApplicationEvents
class MyRunsViewTest extends KaribuTest {

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Messages messages;

	private static void answer(String answerId) {
		Answers.click(answerId);
	}

	/** Starts a run, answers its first question and leaves it; gives its id. */
	private UUID startAndLeave() {
		navigate("flow/unlock-account");
		answer("cannot-sign-in");
		return events.stream(RunStarted.class).reduce((a, b) -> b).orElseThrow().runId();
	}

	private static String stepOf(String location) {
		String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static List<SavedRun> listed(Grid<SavedRun> grid, UUID id) {
		return grid.getGenericDataView().getItems().filter(r -> r.id().equals(id)).toList();
	}

	@Test
	void aRunLeftInOneSessionIsListedAndContinuedInAnotherUntilItEnds() {
		UUID id = startAndLeave();
		String step = stepOf(currentLocation());

		newSession();
		navigate("my-runs");

		MyRunsView view = _get(MyRunsView.class);
		assertThat(listed(view.open, id)).singleElement().satisfies(r -> {
			assertThat(r.stepId()).isEqualTo(step);
			assertThat(r.path()).containsExactly("cannot-sign-in");
		});
		int row = view.open.getGenericDataView().getItems().map(SavedRun::id).toList().indexOf(id);
		RouterLink link = (RouterLink) GridKt._getCellComponent(view.open, row, "flow");
		assertThat(link.getHref()).isEqualTo("my-runs/" + id);
		assertThat(link.getText()).isEqualTo("Unlock an account");

		navigate("my-runs/" + id);
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/" + step + "?path=cannot-sign-in");
		answer("solved");

		assertThat(events.stream(RunEnded.class)).singleElement().satisfies(e -> {
			assertThat(e.runId()).isEqualTo(id);
			assertThat(e.outcome()).contains(OutcomeKind.RESOLVED);
		});
		navigate("my-runs");
		view = _get(MyRunsView.class);
		assertThat(listed(view.open, id)).isEmpty();
		assertThat(listed(view.finished, id)).singleElement()
			.satisfies(r -> assertThat(r.end()).isEqualTo(RunEnd.RESOLVED));
	}

	@Test
	void everyColumnIsHeadedInTheReadersLanguageAlsoAfterAChange() {
		navigate("my-runs");
		MyRunsView view = _get(MyRunsView.class);
		assertThat(view.open.getColumnByKey("step").getHeaderText())
			.isEqualTo(messages.get(Language.ENGLISH.locale(), "ui.runs.column.step"));

		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());

		assertThat(view.finished.getColumnByKey("endedAt").getHeaderText())
			.isEqualTo(messages.get(Language.SLOVENIAN.locale(), "ui.runs.column.ended-at"));
		assertThat(view.open.getColumnByKey("step").getHeaderText())
			.isEqualTo(messages.get(Language.SLOVENIAN.locale(), "ui.runs.column.step"));
		for (Grid<SavedRun> grid : List.of(view.open, view.finished)) {
			assertThat(grid.getColumns()).allSatisfy(
					column -> assertThat(column.getHeaderText()).isNotBlank().doesNotStartWith(Messages.MISSING_MARK));
		}
	}

	@Test
	void aRunOpenedAtAnEarlierStepInAnotherSessionGoesOnAsTheSameRun() {
		navigate("flow/unlock-account");
		String first = currentLocation();
		answer("cannot-sign-in");
		String second = currentLocation();
		UUID id = events.stream(RunStarted.class).reduce((a, b) -> b).orElseThrow().runId();

		newSession();
		navigate("my-runs/" + id + "?at=0");
		assertThat(currentLocation()).isEqualTo(first);
		for (String beyondOrNoNumber : List.of("1", "7", "-1", "x", "")) {
			navigate("my-runs/" + id + "?at=" + beyondOrNoNumber);
			assertThat(currentLocation()).as("at=" + beyondOrNoNumber).isEqualTo(second);
		}

		navigate("my-runs/" + id + "?at=0");
		answer("cannot-sign-in");
		answer("solved");
		assertThat(events.stream(RunStarted.class)).as("no new run").extracting(RunStarted::runId).containsExactly(id);
		assertThat(events.stream(RunEnded.class)).extracting(RunEnded::runId).containsExactly(id);
	}

	@Test
	void someoneElsesRunIsNeitherListedNorOpenedAndTheAttemptIsAudited() {
		UUID id = startAndLeave();
		startSessionAs("another-admin", Roles.ADMIN);

		navigate("my-runs");
		assertThat(listed(_get(MyRunsView.class).open, id)).isEmpty();

		UI.getCurrent().setLocale(Language.SWEDISH.locale());
		navigate("my-runs/" + id);

		_get(NotFoundView.class);
		assertThat(_get(H1.class).getText()).isEqualTo("Sidan hittades inte");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(MyRuns.RUN_NOT_FOUND))).singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).isEqualTo("another-admin");
				assertThat(e.detail()).contains(id.toString());
			});
	}

	@Test
	void theServiceGivesNothingToSomebodyNotSignedIn() {
		startSessionAs(null);
		MyRuns runs = context.getBean(MyRuns.class);

		assertThatThrownBy(runs::open).isInstanceOf(AuthenticationException.class);
		assertThatThrownBy(() -> runs.resume(UUID.randomUUID().toString())).isInstanceOf(AuthenticationException.class);
	}

	@Test
	void aMadeUpRunIdIsNotFoundAndAudited() {
		for (String id : List.of("not-a-run", UUID.randomUUID().toString(), "%27%3B--")) {
			navigate("my-runs/" + id);
			_get(NotFoundView.class);
		}

		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(MyRuns.RUN_NOT_FOUND))).hasSize(3)
			.allSatisfy(e -> assertThat(e.actor()).isEqualTo(TEST_USER));
	}

	@Test
	void aRunWhoseFlowChangedSaysSoAndGoesOnWhereItsAnswersStillFit() {
		UUID id = startAndLeave();
		String step = stepOf(currentLocation());
		jdbc.update("UPDATE flow_run SET flow_version = flow_version - 1 WHERE id = ?", id);

		navigate("my-runs/" + id);

		ResumeRunView view = _get(ResumeRunView.class);
		assertThat(view.notice.getText()).contains("version 0, now version 1").contains("continue where you left off");
		_click(view.go);
		assertThat(currentLocation()).isEqualTo("flow/unlock-account/" + step + "?path=cannot-sign-in");
		answer("solved");
		assertThat(events.stream(RunEnded.class)).extracting(RunEnded::runId).containsExactly(id);
	}

	@Test
	void aRunWhoseAnswersNoLongerFitShowsWhatWasDoneAndStartsAgainFromIt() {
		UUID id = startAndLeave();
		jdbc.update("UPDATE flow_run SET flow_version = flow_version - 1, path = 'cannot-sign-in.no-longer-offered',"
				+ " answers = 2 WHERE id = ?", id);

		navigate("my-runs/" + id);

		ResumeRunView view = _get(ResumeRunView.class);
		assertThat(view.notice.getText()).contains("no longer fit");
		assertThat(ShownText.html(_get(TranscriptList.class)).select("li")).as("the answer that still fits").hasSize(1);
		_click(view.go);

		assertThat(currentLocation()).startsWith("flow/unlock-account/");
		UUID again = events.stream(RunStarted.class).reduce((a, b) -> b).orElseThrow().runId();
		assertThat(again).isNotEqualTo(id);
		assertThat(jdbc.queryForObject("SELECT earlier_run_id FROM flow_run WHERE id = ?", UUID.class, again))
			.as("the new run records the one it started again from")
			.isEqualTo(id);
	}

}
