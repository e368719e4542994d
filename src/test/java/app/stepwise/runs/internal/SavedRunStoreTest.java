package app.stepwise.runs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.stepwise.base.TestDatabase;
import app.stepwise.flow.Cloud;
import app.stepwise.flow.FlowRun;
import app.stepwise.flow.ShippedFlows;
import app.stepwise.security.CurrentUser;
import app.stepwise.wizard.ActiveRun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session's runs as they are saved: a run that began in the session is inserted without
 * a read, and when that fails the session no longer assumes anything about the row, so
 * its next save reads it first and succeeds.
 */
class SavedRunStoreTest {

	private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

	private final String owner = "anna-" + UUID.randomUUID();

	private final UUID id = UUID.randomUUID();

	private TestDatabase.Server server;

	private RunTable table;

	@BeforeEach
	void database() {
		server = TestDatabase.h2().connect();
		table = new RunTable(server.jdbc(), server.transactions());
	}

	@AfterEach
	void close() {
		server.close();
	}

	private static ActiveRun run(UUID id, List<String> path) {
		return new ActiveRun(id,
				FlowRun.replay(ShippedFlows.catalog(), "unlock-account", Cloud.WORLDWIDE, path, i -> NOW).run());
	}

	/** A session's store, of the same person each time. */
	private SavedRunStore store() {
		CurrentUser currentUser = mock(CurrentUser.class);
		when(currentUser.name()).thenReturn(Optional.of(owner));
		return new SavedRunStore(table, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
				new EvidenceJson(JsonMapper.builder().build()));
	}

	@Test
	void aRunThatBeganHereIsSavedAtEveryStep() {
		SavedRunStore store = store();

		store.began(id);
		store.keep(run(id, List.of()));
		store.keep(run(id, List.of("cannot-send")));
		store.keep(run(id, List.of("cannot-send", "listed")));

		assertThat(table.find(id, owner).orElseThrow().run().path()).containsExactly("cannot-send", "listed");
	}

	@Test
	void whenTheFirstSaveFailsTheNextReadsTheRowFirst() {
		SavedRunStore store = store();
		// Against all odds, another session has stored a run of that id: inserting it
		// fails.
		store().keep(run(id, List.of()));

		store.began(id);
		store.keep(run(id, List.of("cannot-send")));
		assertThat(table.find(id, owner).orElseThrow().run().path()).isEmpty();

		store.keep(run(id, List.of("cannot-send", "listed")));
		assertThat(table.find(id, owner).orElseThrow().run().path()).containsExactly("cannot-send", "listed");
	}

}
