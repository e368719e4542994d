package app.stepwise.support.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.base.AuditEvent;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.flow.FlowCatalog;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The support queue: listing, filtering, sorting and exporting requests. */
@RecordApplicationEvents
class SupportQueueViewTest extends KaribuTest {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private FlowCatalog catalog;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEvents events;

	private SupportRequest unlockSwedish;

	private SupportRequest resetDanish;

	private SupportRequest compromiseEnglish;

	@BeforeEach
	void threeRequests() {
		// Support staff may also file requests.
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
		Requests.clear(jdbc);
		unlockSwedish = Requests.file(requests, catalog, "unlock-account", Language.SWEDISH, "anna@contoso.com");
		resetDanish = Requests.file(requests, catalog, "reset-passwords", Language.DANISH, "bo@contoso.com");
		compromiseEnglish = Requests.file(requests, catalog, "compromise-response", Language.ENGLISH, "cy@contoso.com");
		requests.changeStatus(resetDanish.reference(), resetDanish.version(), RequestStatus.IN_PROGRESS, "");
	}

	private static SupportQueueView view() {
		return _get(SupportQueueView.class);
	}

	private static String count() {
		return _get(Span.class, spec -> spec.withId("queue-count")).getText();
	}

	@Test
	void theQueueListsEveryRequestNewestFirstWithItsLanguageProblemAndStatus() {
		navigate("support");

		assertThat(_size(view().grid)).isEqualTo(3);
		assertThat(count()).isEqualTo("3 requests");
		assertThat(view().grid.getColumnByKey("reference")).isNotNull();
		assertThat(_getFormatted(view().grid, 0, "affectedUser")).isEqualTo("cy@contoso.com");
		assertThat(_getFormatted(view().grid, 1, "language")).isEqualTo("Dansk");
		assertThat(_getFormatted(view().grid, 1, "flowId")).isEqualTo("Reset passwords");
		assertThat(_getFormatted(view().grid, 1, "status")).isEqualTo("In progress");
		assertThat(_getFormatted(view().grid, 2, "status")).isEqualTo("New");
	}

	@Test
	void statusProblemAndLanguageFiltersNarrowTheListAndItsCount() {
		navigate("support");

		_setValue(view().filters.status, RequestStatus.NEW);
		assertThat(_size(view().grid)).isEqualTo(2);
		assertThat(count()).isEqualTo("2 requests");

		_setValue(view().filters.flow, "unlock-account");
		assertThat(_size(view().grid)).isEqualTo(1);
		assertThat(_getFormatted(view().grid, 0, "affectedUser")).isEqualTo("anna@contoso.com");

		_setValue(view().filters.language, Language.DANISH);
		assertThat(_size(view().grid)).isZero();
		assertThat(count()).isEqualTo("No requests");
		assertThat(view().grid.getEmptyStateText()).isEqualTo("No requests match these filters.");

		_click(view().filters.clear);
		assertThat(_size(view().grid)).isEqualTo(3);
	}

	@Test
	void theDateFilterKeepsOnlyRequestsCreatedWithinTheChosenDays() {
		navigate("support");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		_setValue(view().filters.from, today.minusDays(1));
		_setValue(view().filters.to, today.plusDays(1));
		assertThat(_size(view().grid)).isEqualTo(3);

		_setValue(view().filters.to, today.minusDays(1));
		assertThat(_size(view().grid)).isZero();
	}

	@Test
	void sortingByAColumnOrdersTheWholeList() {
		navigate("support");

		_sortByKey(view().grid, "affectedUser", SortDirection.ASCENDING);

		assertThat(_getFormatted(view().grid, 0, "affectedUser")).isEqualTo("anna@contoso.com");
		assertThat(_getFormatted(view().grid, 2, "affectedUser")).isEqualTo("cy@contoso.com");
	}

	@Test
	void exportingWritesTheFilteredListAsCsvInTheReadersLanguage() {
		UI.getCurrent().setLocale(Language.NORWEGIAN_BOKMAL.locale());
		navigate("support");
		_setValue(view().filters.status, RequestStatus.NEW);

		String csv = new String(DownloadKt._download(view().export), StandardCharsets.UTF_8);

		assertThat(csv.lines()).hasSize(3);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFReferanse;Opprettet;Saksstatus;Språk");
		assertThat(csv).contains(unlockSwedish.reference(), compromiseEnglish.reference(), "Svenska", "Ny")
			.doesNotContain(resetDanish.reference());
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals(AuditEvent.EXPORT))).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(SUPPORT_USER));
	}

	@Test
	void theDatePickersSpeakTheReadersLanguage() {
		UI.getCurrent().setLocale(Language.SLOVENIAN.locale());
		navigate("support");

		var i18n = view().filters.from.getI18n();
		assertThat(i18n.getToday()).isEqualTo("Danes");
		assertThat(i18n.getCancel()).isEqualTo("Prekliči");
		assertThat(i18n.getMonthNames()).first().isEqualTo("januar");
		assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
		assertThat(i18n.getDateFormats()).containsExactly("d. M. yyyy");
		assertThat(view().filters.from.getLabel()).isEqualTo("Ustvarjeno od");
	}

}
