package app.stepwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Stepwise servers behind HAProxy, checked from outside as people use them: started
 * by {@code docs/ops/two-nodes}, which runs one test at a time and checks the database
 * and the webhook receiver between them. Not part of {@code ./mvnw verify} (surefire's
 * default includes do not match the name). The balancer pins each person to a server with
 * the cookie {@code SRV} and says which server answered in the header
 * {@code X-Served-By}.
 *
 * <p>
 * Properties: {@code stepwise.nodes.url} (the balancer), {@code stepwise.nodes.user} and
 * {@code stepwise.nodes.password} (a user with the role ADMIN),
 * {@code stepwise.nodes.work} (a directory for the references filed, one line each:
 * reference and server, and the browser state of the person pinned to server {@code a}).
 */
class TwoNodesCheck extends ChromiumPage {

	private static final GivenServer BALANCER = GivenServer.named("stepwise.nodes", "target/two-nodes");

	private final Set<String> servedBy = ConcurrentHashMap.newKeySet();

	@BeforeAll
	static void theBalancerIsGiven() {
		BALANCER.requireGiven();
	}

	@Override
	protected String url(String path) {
		return BALANCER.url(path);
	}

	@Test
	void aPersonSignsInAndFilesARequestOnEachServerThroughTheBalancer() throws IOException {
		for (String server : List.of("a", "b")) {
			usePerson(Chromium.browser().newContext(contextOptions()), server);
			signIn(BALANCER.user(), BALANCER.password());
			String reference = fileARequest("Filed through the balancer on server " + server);

			assertThat(servedBy).as("the servers that answered the person pinned to %s", server)
				.containsExactly(server);
			record(reference, server);
			if (server.equals("a")) {
				context.storageState(
						new BrowserContext.StorageStateOptions().setPath(BALANCER.work().resolve("person-on-a.json")));
			}
		}
	}

	@Test
	void aPersonWhoseServerWasDrainedSignsInAgainOnTheOtherAndCarriesOn() throws IOException {
		usePerson(
				Chromium.browser()
					.newContext(contextOptions().setStorageStatePath(BALANCER.work().resolve("person-on-a.json"))),
				null);
		open("");

		assertThat(page.url()).as("the person's session was on the drained server").contains("/login");
		signIn(BALANCER.user(), BALANCER.password());
		String reference = fileARequest("Filed after server a was drained");

		assertThat(servedBy).as("the servers that answered after server a was drained").containsExactly("b");
		record(reference, "b");
	}

	/**
	 * People file requests one after another, each in a session of their own, for
	 * {@code docs/ops/faults}: {@code -Dstepwise.nodes.count} of them (default 1). Each
	 * reference is recorded as soon as the person sees it, so that a server killed midway
	 * leaves the list of what people were told.
	 */
	@Test
	void peopleFileRequestsEachInASessionOfTheirOwn() throws IOException {
		int count = Integer.getInteger("stepwise.nodes.count", 1);
		for (int i = 1; i <= count; i++) {
			usePerson(Chromium.browser().newContext(contextOptions()), null);
			signIn(BALANCER.user(), BALANCER.password());
			record(fileARequest("Request " + i + " of " + count), "-");
		}
	}

	/** Replaces this test's browser context by one for a person pinned to a server. */
	private void usePerson(BrowserContext person, @Nullable String server) {
		context.close();
		context = person;
		if (server != null) {
			context.addCookies(List.of(new Cookie("SRV", server).setUrl(BALANCER.base())));
		}
		page = context.newPage();
		page.setDefaultTimeout(30_000);
		servedBy.clear();
		page.onResponse(response -> {
			String answeredBy = response.headerValue("x-served-by");
			if (response.url().startsWith(BALANCER.base()) && answeredBy != null) {
				servedBy.add(answeredBy);
			}
		});
	}

	private String fileARequest(String description) {
		open("");
		page.locator("a.problem-card[id$='-locked-out']").click();
		settle();
		for (String answer : List.of("not-solved", "not-solved", "no-signs")) {
			answer(answer);
		}
		expectStep("unlock-account/escalate");
		return fileRequest(description);
	}

	private static void record(String reference, String server) throws IOException {
		Files.createDirectories(BALANCER.work());
		Files.writeString(BALANCER.work().resolve("references.txt"), reference + " " + server + "\n",
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

}
