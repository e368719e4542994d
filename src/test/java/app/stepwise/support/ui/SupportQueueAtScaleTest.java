package app.stepwise.support.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.KaribuTest;
import app.stepwise.escalation.QueueFilter;
import app.stepwise.escalation.RequestStatus;
import app.stepwise.escalation.Requests;
import app.stepwise.escalation.SupportRequestRow;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The queue with ten thousand requests: each query answers one page, whatever the filter,
 * sort or depth. The times are logged as a benchmark (BENCHMARK lines in the test
 * output), not asserted: a shared build machine decides them as much as the code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "stepwise.test.database=queue-at-scale")
class SupportQueueAtScaleTest extends KaribuTest {

	private static final Logger log = LoggerFactory.getLogger(SupportQueueAtScaleTest.class);

	private static final int REQUESTS = 10_000;

	private static final int CHECKS_PER_REQUEST = 4;

	private static final String[] FLOWS = { "unlock-account", "reset-passwords", "compromise-response" };

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Autowired
	private SupportRequests requests;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	void tenThousandRequests() {
		Requests.clear(jdbc);
		Random random = new Random(42);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Set<String> references = new HashSet<>();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		while (rows.size() < REQUESTS) {
			String reference = "SW-" + code(random, 4) + "-" + code(random, 4);
			if (!references.add(reference)) {
				continue;
			}
			int i = rows.size();
			UUID id = UUID.randomUUID();
			String flow = FLOWS[i % FLOWS.length];
			Timestamp created = Timestamp.from(now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES));
			rows.add(new Object[] { id, reference, UUID.randomUUID(), flow, 1, flow, "escalate", true, "worldwide",
					Language.values()[i % Language.values().length].tag(), "user" + i + "@contoso.com", null,
					"Operator " + (i % 37), "Description of request " + i, "op" + (i % 37) + "@contoso.com", "",
					"EMAIL", RequestStatus.values()[random.nextInt(RequestStatus.values().length)].name(), created,
					created, 0L });
			for (int s = 0; s < CHECKS_PER_REQUEST; s++) {
				steps.add(new Object[] { id, s, flow, "step-" + s, "flow." + flow + ".step-" + s + ".title", "answer",
						"ui.wizard.answer.done", created });
			}
		}
		long start = System.nanoTime();
		jdbc.batchUpdate("INSERT INTO support_request (id, reference, run_id, flow_id, flow_version, step_flow_id, "
				+ "step_id, at_outcome, cloud, language, affected_user, operator_principal, operator_name, "
				+ "description, contact_email, contact_phone, preferred_contact, status, created_at, updated_at, "
				+ "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("INSERT INTO support_request_step (request_id, seq, step_flow_id, step_id, step_title_key, "
				+ "answer_id, answer_label_key, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", steps);
		log.info("BENCHMARK seeded {} requests with {} checks in {} ms", REQUESTS, steps.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	@BeforeEach
	void signInAsSupport() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
	}

	private static String code(Random random, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	/** Runs the action once to warm up, then five times; logs the median. */
	private <T> T measure(String what, Supplier<T> action) {
		action.get();
		long[] times = new long[5];
		T result = null;
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			result = action.get();
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		log.info("BENCHMARK {}: median {} ms (min {} ms, max {} ms)", what, String.format("%.1f", times[2] / 1e6),
				String.format("%.1f", times[0] / 1e6), String.format("%.1f", times[4] / 1e6));
		return result;
	}

	@Test
	void theFirstPageNewestFirstIsOnePageOfTheWholeQueue() {
		Page<SupportRequestRow> page = measure("first page of 50, newest first, with total count",
				() -> requests.queue(QueueFilter.all(), PageRequest.of(0, 50)));

		assertThat(page.getContent()).hasSize(50);
		assertThat(page.getTotalElements()).isEqualTo(REQUESTS);
		assertThat(page.getContent()).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
	}

	@Test
	void filteringByEveryCriterionAtOnceStaysOnePageQuery() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		QueueFilter filter = QueueFilter.all()
			.withStatus(RequestStatus.NEW)
			.withFlow("reset-passwords")
			.withLanguage(Language.SWEDISH)
			.withDates(today.minusDays(180), today, ZoneOffset.UTC);

		Page<SupportRequestRow> page = measure("filtered by status, flow, language and 180 days",
				() -> requests.queue(filter, PageRequest.of(0, 50)));

		assertThat(page.getContent()).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(RequestStatus.NEW);
			assertThat(r.flowId()).isEqualTo("reset-passwords");
			assertThat(r.language()).isEqualTo(Language.SWEDISH);
		});
		assertThat(page.getTotalElements()).isPositive().isLessThan(REQUESTS / 10);
	}

	@Test
	void sortingByAnotherColumnAndPagingDeepStayOnePageQueries() {
		Page<SupportRequestRow> sorted = measure("sorted by affected user, page 1",
				() -> requests.queue(QueueFilter.all(), PageRequest.of(0, 50, Sort.by("affectedUser"))));
		Page<SupportRequestRow> deep = measure("newest first, page 150 (rows 7,500-7,549)",
				() -> requests.queue(QueueFilter.all(), PageRequest.of(150, 50)));

		assertThat(sorted.getContent()).extracting(SupportRequestRow::affectedUser)
			.isSortedAccordingTo(String::compareTo);
		assertThat(deep.getContent()).hasSize(50);
	}

	@Test
	void theGridShowsTheWholeQueueButFetchesOnlyWhatIsOnScreen() {
		SupportQueueView view = measure("queue view opened with its first page fetched", () -> {
			navigate("support");
			SupportQueueView opened = _get(SupportQueueView.class);
			_fetch(opened.grid, 0, 50);
			return opened;
		});

		assertThat(_size(view.grid)).isEqualTo(REQUESTS);
		assertThat(view.grid.getPageSize()).isEqualTo(50);
		assertThat(view.count.getText()).isEqualTo("10,000 requests");
	}

	@Test
	void exportingTheWholeQueueStreamsEveryRequest() {
		ByteArrayOutputStream csv = measure("CSV export of all 10,000 requests", () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				requests.exportCsv(QueueFilter.all(), Language.ENGLISH, out);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			return out;
		});

		log.info("BENCHMARK CSV size: {} KB", csv.size() / 1024);
		assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(REQUESTS + 1);
	}

	@Test
	void openingOneRequestAmongTenThousandReadsOnlyThatRequest() {
		String reference = jdbc.queryForObject("SELECT MIN(reference) FROM support_request", String.class);

		var request = measure("one request with its transcript by reference",
				() -> requests.find(reference).orElseThrow());

		assertThat(request.transcript()).hasSize(CHECKS_PER_REQUEST);
	}

}
