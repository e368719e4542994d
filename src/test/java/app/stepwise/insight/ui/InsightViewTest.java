package app.stepwise.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.flow.Cloud;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insight screen's filters: the period, flow, language and cloud each change the
 * figures shown; chosen days in the wrong order are refused with a message that keeps
 * them; each flow links to its map; the figures download as CSV; numbers are written in
 * the reader's language.
 */
class InsightViewTest extends KaribuTest {

	@Autowired
	private JdbcTemplate jdbc;

	private final Instant now = Instant.now();

	@BeforeEach
	void seedRuns() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		jdbc.update("DELETE FROM flow_run");
		// Last 30 days: unlock-account in English, three resolved and one escalated.
		for (int i = 0; i < 3; i++) {
			run("unlock-account", "en", "worldwide", Duration.ofDays(2), "RESOLVED", "resolved");
		}
		run("unlock-account", "en", "worldwide", Duration.ofDays(3), "ESCALATED", "escalate");
		// In Swedish, in China's cloud: one left at a step.
		run("reset-passwords", "sv", "21vianet", Duration.ofDays(4), "ABANDONED", "how-many");
		// Forty days ago: only in the last 90 days.
		run("unlock-account", "en", "worldwide", Duration.ofDays(40), "RESOLVED", "resolved");
	}

	private void run(String flow, String language, String cloud, Duration ago, @Nullable String outcome,
			String endStep) {
		Instant started = now.minus(ago);
		jdbc.update("INSERT INTO flow_run (id, flow_id, flow_version, cloud, language, path, answers, step_flow_id,"
				+ " step_id, started_at, last_activity_at, outcome, end_step_flow_id, end_step_id, ended_at, version)"
				+ " VALUES (?, ?, 1, ?, ?, '', 0, ?, ?, ?, ?, ?, ?, ?, ?, 0)", UUID.randomUUID(), flow, cloud, language,
				flow, endStep, Timestamp.from(started), Timestamp.from(started.plusSeconds(600)), outcome, flow,
				endStep, Timestamp.from(started.plusSeconds(600)));
	}

	private static InsightView view() {
		return _get(InsightView.class);
	}

	/** The value the runs table gives for a figure. */
	private static String figure(String name) {
		NativeTable table = _get(NativeTable.class, spec -> spec.withId("insight-runs-table"));
		return table.getBody()
			.getRows()
			.stream()
			.filter(row -> row.getHeaderCell(0).orElseThrow().getElement().getTextRecursively().equals(name))
			.map(row -> row.getDataCell(0).orElseThrow().getElement().getTextRecursively())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No figure " + name));
	}

	@Test
	void theLastThirtyDaysAreShownWithTheDeflectionRateAndALinkToEachFlowsMap() {
		navigate("insight");

		assertThat(view().range.getValue()).isEqualTo(InsightView.Range.LAST_30_DAYS);
		assertThat(figure("Started")).isEqualTo("5");
		assertThat(figure("Resolved")).isEqualTo("3");
		assertThat(figure("Abandoned")).isEqualTo("1");
		// 3 resolved ÷ (3 resolved + 1 escalated).
		assertThat(figure("Deflection rate")).isEqualTo("75%");
		assertThat(figure("Median time to resolution")).isEqualTo("10 min");
		RouterLink map = _get(RouterLink.class, spec -> spec.withText("Unlock an account"));
		assertThat(map.getHref()).isEqualTo("flow-map/unlock-account");
		assertThat(view().report.getElement().getOuterHTML()).contains("<svg", "role=\"img\"",
				"aria-labelledby=\"insight-runs-chart-title\"");
		assertThat(_get(NativeTable.class, spec -> spec.withId("insight-abandoned-table")).getElement()
			.getTextRecursively()).contains("How many users are there? (flow: Reset passwords)");
	}

	@Test
	void theFlowLanguageCloudAndPeriodFiltersChangeTheFigures() {
		navigate("insight");

		_setValue(view().flow, "unlock-account");
		assertThat(figure("Started")).isEqualTo("4");
		_setValue(view().flow, null);
		_setValue(view().language, Language.SWEDISH);
		assertThat(figure("Started")).isEqualTo("1");
		assertThat(figure("Deflection rate")).isEqualTo("None");
		_setValue(view().language, null);
		_setValue(view().cloud, Cloud.WORLDWIDE);
		assertThat(figure("Started")).isEqualTo("4");
		_setValue(view().cloud, null);
		_setValue(view().range, InsightView.Range.LAST_90_DAYS);
		assertThat(figure("Started")).isEqualTo("6");
		assertThat(figure("Resolved")).isEqualTo("4");
	}

	@Test
	void chosenDaysInTheWrongOrderAreRefusedAndKeptAsTyped() {
		navigate("insight");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		_setValue(view().range, InsightView.Range.DAYS);
		assertThat(view().from.isVisible()).isTrue();
		_setValue(view().from, today);
		String shown = view().showing.getText();

		_setValue(view().to, today.minusDays(3));

		assertThat(view().to.isInvalid()).isTrue();
		assertThat(view().to.getErrorMessage())
			.isEqualTo("The last day is before the first. Choose a last day on or after the first day.");
		assertThat(view().from.getValue()).isEqualTo(today);
		assertThat(view().to.getValue()).isEqualTo(today.minusDays(3));
		assertThat(view().showing.getText()).isEqualTo(shown);

		_setValue(view().from, today.minusDays(4));
		assertThat(view().to.isInvalid()).isFalse();
		// Four and three days ago: the run left and the one escalated.
		assertThat(figure("Started")).isEqualTo("2");
	}

	@Test
	void theFiguresDownloadAsCsvInTheReadersLanguage() {
		navigate("insight");

		String csv = new String(DownloadKt._download(view().export), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFSection,About,Figure,Value\r\n")
			.contains("How runs ended,,Started,5\r\n", "How runs ended,,Deflection rate (%),75.0\r\n",
					"How runs ended,,Median time to resolution,PT10M\r\n", "Runs by flow,unlock-account,Started,4\r\n")
			.doesNotContain("@contoso");
	}

	@Test
	void numbersAndSharesAreWrittenTheReadersWay() {
		UI.getCurrent().setLocale(Language.SWEDISH.locale());
		navigate("insight");

		assertThat(view().title.getText()).isEqualTo("Insikt");
		// Swedish puts a (no-break) space before the percent sign.
		assertThat(figure("Avledningsgrad")).isEqualTo("75\u00a0%");
		String csv = new String(DownloadKt._download(view().export), StandardCharsets.UTF_8);
		assertThat(csv).contains("Hur körningarna slutade;;Avledningsgrad (%);75,0\r\n");
	}

}
