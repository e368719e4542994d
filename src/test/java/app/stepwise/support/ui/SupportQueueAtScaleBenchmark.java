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
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
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
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The queue with ten thousand requests: each screen's reads are a fixed handful of
 * queries, whatever the filter, sort or depth, and the export reads in batches. The
 * number of SQL statements each action sends is counted (by the data source, below) and
 * asserted; the times are logged as a benchmark (BENCHMARK lines in the test output), not
 * asserted: a shared build machine decides them as much as the code.
 *
 * <p>
 * Not part of the default test run (seeding takes a while); run it with
 * {@code ./mvnw test -Dtest=SupportQueueAtScaleBenchmark}, on PostgreSQL too (see the
 * README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "stepwise.test.database=queue-at-scale")
class SupportQueueAtScaleBenchmark extends KaribuTest {

	private static final Logger log = LoggerFactory.getLogger(SupportQueueAtScaleBenchmark.class);

	private static final int REQUESTS = 10_000;

	private static final int CHECKS_PER_REQUEST = 4;

	/** The export's batch size ({@code CsvExport.BATCH}). */
	private static final int EXPORT_BATCH = 500;

	@Autowired
	private SupportRequests requests;

	@Autowired
	private JdbcTemplate jdbc;

	/** Statements prepared or created on any connection of the data source. */
	private static final AtomicLong STATEMENTS = new AtomicLong();

	/** Counts the statements sent through the application's data source. */
	@TestConfiguration
	static class CountedStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
				}
			};
		}

		private static DataSource counting(DataSource dataSource) {
			return new DelegatingDataSource(dataSource) {
				@Override
				public Connection getConnection() throws java.sql.SQLException {
					Connection connection = super.getConnection();
					return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
							new Class<?>[] { Connection.class }, (proxy, method, args) -> {
								if (method.getName().equals("prepareStatement")
										|| method.getName().equals("createStatement")) {
									STATEMENTS.incrementAndGet();
								}
								try {
									return method.invoke(connection, args);
								}
								catch (java.lang.reflect.InvocationTargetException e) {
									throw e.getCause();
								}
							});
				}
			};
		}

	}

	@BeforeAll
	void tenThousandRequests() {
		Requests.clear(jdbc);
		long start = System.nanoTime();
		Requests.seed(jdbc, REQUESTS, CHECKS_PER_REQUEST, 365 * 24 * 60, new Random(42), Instant.now());
		log.info("BENCHMARK seeded {} requests with {} checks in {} ms", REQUESTS, REQUESTS * CHECKS_PER_REQUEST,
				(System.nanoTime() - start) / 1_000_000);
	}

	@BeforeEach
	void signInAsSupport() {
		startSessionAs(SUPPORT_USER, Roles.SUPPORT);
	}

	/** How many SQL statements one run of the action sends to the database. */
	private long statements(Runnable action) {
		long before = STATEMENTS.get();
		action.run();
		return STATEMENTS.get() - before;
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
	void theFirstPageNewestFirstIsOnePageQueryAndACount() {
		Page<SupportRequestRow> page = measure("first page of 50, newest first, with total count",
				() -> requests.queue(QueueFilter.all(), PageRequest.of(0, 50)));

		assertThat(statements(() -> requests.queue(QueueFilter.all(), PageRequest.of(0, 50)))).isEqualTo(2);
		assertThat(page.getContent()).hasSize(50);
		assertThat(page.getTotalElements()).isEqualTo(REQUESTS);
		assertThat(page.getContent()).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
	}

	@Test
	void filteringByEveryCriterionAtOnceStaysOnePageQueryAndACount() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		QueueFilter filter = QueueFilter.all()
			.withStatus(RequestStatus.NEW)
			.withFlow("reset-passwords")
			.withLanguage(Language.SWEDISH)
			.withDates(today.minusDays(180), today, ZoneOffset.UTC);

		Page<SupportRequestRow> page = measure("filtered by status, flow, language and 180 days",
				() -> requests.queue(filter, PageRequest.of(0, 50)));

		assertThat(statements(() -> requests.queue(filter, PageRequest.of(0, 50)))).isEqualTo(2);
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
		assertThat(statements(() -> requests.queue(QueueFilter.all(), PageRequest.of(0, 50, Sort.by("affectedUser")))))
			.isEqualTo(2);
		assertThat(statements(() -> requests.queue(QueueFilter.all(), PageRequest.of(150, 50)))).isEqualTo(2);
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
		// Opening the screen counts the queue and fetches the first page; none of it
		// grows
		// with the queue.
		long opening = statements(() -> {
			navigate("support");
			_fetch(_get(SupportQueueView.class).grid, 0, 50);
		});
		log.info("BENCHMARK queue view opened with its first page: {} SQL statements", opening);
		assertThat(opening).isLessThanOrEqualTo(6);
	}

	@Test
	void exportingTheWholeQueueStreamsEveryRequestInBatches() {
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
		assertThat(statements(() -> {
			try {
				requests.exportCsv(QueueFilter.all(), Language.ENGLISH, OutputStream.nullOutputStream());
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		})).isEqualTo(REQUESTS / EXPORT_BATCH);
	}

	@Test
	void openingOneRequestAmongTenThousandReadsOnlyThatRequest() {
		String reference = jdbc.queryForObject("SELECT MIN(reference) FROM support_request", String.class);

		var request = measure("one request with its transcript by reference",
				() -> requests.find(reference).orElseThrow());

		assertThat(request.transcript()).hasSize(CHECKS_PER_REQUEST);
		// The request, its checks, its history and its evidence: one statement each.
		assertThat(statements(() -> requests.find(reference))).isEqualTo(4);
	}

}
