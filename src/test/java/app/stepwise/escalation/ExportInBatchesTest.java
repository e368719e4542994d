package app.stepwise.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.SignedInAs;
import app.stepwise.i18n.Language;
import app.stepwise.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV export reads the queue batch after batch: more requests than one batch holds,
 * many filed in the same minute, come out each exactly once, newest first.
 */
@SpringBootTest
@SignedInAs(value = "pat@contoso.com", roles = Roles.SUPPORT)
class ExportInBatchesTest {

	/** More than two batches of the export, and not a multiple of one. */
	private static final int REQUESTS = 1_234;

	@Autowired
	private SupportRequests requests;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void requestsFiledWithinHalfAnHour() {
		Requests.clear(jdbc);
		Requests.seed(jdbc, REQUESTS, 1, 30, new Random(7), Instant.now());
	}

	@AfterEach
	void noRequestsLeftForOtherTests() {
		Requests.clear(jdbc);
	}

	private record Row(String reference, String created) {
	}

	@Test
	void everyRequestIsWrittenOnceNewestFirstAcrossBatches() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = requests.exportCsv(QueueFilter.all(), Language.ENGLISH, out);

		List<Row> rows = out.toString(StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.map(line -> line.split(","))
			.map(cells -> new Row(cells[0], cells[1]))
			.toList();
		assertThat(written).isEqualTo(REQUESTS);
		assertThat(rows).hasSize(REQUESTS);
		assertThat(rows).extracting(Row::reference).doesNotHaveDuplicates();
		assertThat(rows).extracting(Row::reference)
			.containsExactlyInAnyOrderElementsOf(
					jdbc.queryForList("SELECT reference FROM support_request", String.class));
		assertThat(rows)
			.isSortedAccordingTo(Comparator.comparing(Row::created).reversed().thenComparing(Row::reference));
	}

}
