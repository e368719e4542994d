package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.flow.Cloud;
import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.CheckStatus;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Graph client over real HTTP: tokens, 401, throttling with Retry-After, timeouts,
 * outages, paging within the tenant's Graph only, bounded answers, and nothing but GET.
 */
class GraphClientTest {

	private final GraphStandIn graph = GraphStandIn.start();

	@AfterEach
	void stop() {
		graph.close();
	}

	private GraphFailure failure(String path) {
		try {
			StandInTenant.connect(graph).graph().get(path);
		}
		catch (GraphFailure ex) {
			return ex;
		}
		throw new AssertionError("no failure");
	}

	@Test
	void everyRequestCarriesTheTokenAndATokenIsFetchedOnceWithTheSecretInTheFormOnly() throws GraphFailure {
		graph.on("/organization", Reply.json("{\"value\":[]}"));
		GraphClient client = StandInTenant.connect(graph).graph();

		client.get("/organization");
		client.get("/organization");

		assertThat(graph.tokenRequests()).singleElement().satisfies(token -> {
			assertThat(token.path()).isEqualTo("/contoso.example/oauth2/v2.0/token");
			assertThat(token.body()).contains("grant_type=client_credentials", "client_id=" + StandInTenant.CLIENT_ID,
					"client_secret=s3cr3t-never-shown%7EQ8", "scope=" + "http%3A%2F%2F127.0.0.1%3A");
		});
		assertThat(graph.graphRequests()).hasSize(2)
			.allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer t-1"));
	}

	@Test
	void a401GetsANewTokenOnceThenCountsAsAMissingPermission() {
		graph.on("/organization", Reply.error(401, "InvalidAuthenticationToken", "Access token has expired."));

		GraphFailure failure = failure("/organization");

		assertThat(failure.kind()).isEqualTo(GraphFailure.Kind.NOT_PERMITTED);
		assertThat(graph.tokenRequests()).hasSize(2);
		assertThat(graph.graphRequests()).hasSize(2);
	}

	@Test
	void aShortRetryAfterIsWaitedForAndTheRequestRepeated() throws GraphFailure {
		graph.on("/organization", Reply.error(429, "TooManyRequests", "Slow down").withHeader("Retry-After", "1"),
				Reply.json("{\"value\":[{\"id\":\"o\"}]}"));

		assertThat(StandInTenant.connect(graph).graph().get("/organization").path("value").size()).isOne();
		assertThat(graph.graphRequests()).hasSize(2);
	}

	@Test
	void aLongRetryAfterIsNotWaitedForAndTheCheckCouldNotRunSayingHowLong() {
		graph.on("/users/" + StandInTenant.UPN,
				Reply.error(429, "TooManyRequests", "Slow down").withHeader("Retry-After", "120"));

		CheckResult result = StandInTenant.run(graph, TenantCheck.ACCOUNT);

		assertThat(result.status()).isEqualTo(CheckStatus.COULD_NOT_RUN);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.status.throttled", "seconds", 120L));
		assertThat(graph.graphRequests()).hasSize(1);
	}

	@Test
	void throttlingThatGoesOnIsReportedAfterTwoWaits() {
		graph.on("/organization", Reply.error(429, "TooManyRequests", "Slow down").withHeader("Retry-After", "0"));

		assertThat(failure("/organization").kind()).isEqualTo(GraphFailure.Kind.THROTTLED);
		assertThat(graph.graphRequests()).hasSize(3);
	}

	@Test
	void anAnswerThatComesTooLateIsATimeoutAndTheStepCanCheckAgain() {
		graph.on("/users/" + StandInTenant.UPN, Reply.json("{}").after(Duration.ofSeconds(3)));

		CheckResult result = StandInTenant.runner()
			.run(StandInTenant.connect(graph, Cloud.WORLDWIDE, Duration.ofMillis(300)), StandInTenant.UPN,
					List.of(TenantCheck.ACCOUNT))
			.getFirst();

		assertThat(result.status()).isEqualTo(CheckStatus.COULD_NOT_RUN);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.status.timeout"));
	}

	@Test
	void aCheckSlowerThanAStepAllowsIsCutOffAndCanBeCheckedAgain() {
		graph.on("/admin/serviceAnnouncement/healthOverviews",
				Reply.json("{\"value\":[]}").after(Duration.ofSeconds(3)));
		var runner = new CheckRunner(TenantConfiguration.checks(), java.time.Clock.systemUTC(), Duration.ofMillis(500));

		CheckResult result = runner
			.run(StandInTenant.connect(graph, Cloud.WORLDWIDE, Duration.ofSeconds(5)), "",
					List.of(TenantCheck.SERVICE_HEALTH))
			.getFirst();

		assertThat(result.status()).isEqualTo(CheckStatus.COULD_NOT_RUN);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.status.timeout"));
	}

	@Test
	void serverErrorsAndUnreachableGraphAreUnavailable() {
		graph.on("/organization", Reply.error(503, "ServiceUnavailable", "Down"));
		assertThat(failure("/organization").kind()).isEqualTo(GraphFailure.Kind.UNAVAILABLE);

		TenantConnection gone = StandInTenant.connect(graph);
		graph.close();
		assertThatThrownBy(() -> gone.graph().get("/organization")).isInstanceOfSatisfying(GraphFailure.class,
				f -> assertThat(f.kind()).isEqualTo(GraphFailure.Kind.UNAVAILABLE));
	}

	@Test
	void aNextLinkToAnotherHostIsNotFollowedSoTheTokenStaysHome() throws GraphFailure {
		graph.on("/users", Reply.json("""
				{"@odata.nextLink":"https://graph.evil.example/v1.0/users?$skiptoken=1","value":[{"id":"a"}]}"""));

		GraphClient.Page page = StandInTenant.connect(graph).graph().list("/users", 100);

		assertThat(page.items()).hasSize(1);
		assertThat(page.more()).isTrue();
		assertThat(graph.graphRequests()).hasSize(1);
	}

	@Test
	void pagingStopsAtTheItemsAsked() throws GraphFailure {
		graph.on("/users", Reply.json("""
				{"@odata.nextLink":"%s/v1.0/users?$skiptoken=1","value":[{"id":"a"},{"id":"b"}]}"""
			.formatted(graph.root())));

		GraphClient.Page page = StandInTenant.connect(graph).graph().list("/users", 5);

		assertThat(page.items()).hasSize(5);
		assertThat(page.more()).isTrue();
		assertThat(graph.graphRequests()).hasSize(3);
	}

	@Test
	void hugeOrMalformedAnswersAreNotUnderstoodRatherThanRead() {
		graph.on("/big", Reply.json("{\"value\":\"" + "x".repeat(GraphClient.MAX_BODY) + "\"}"))
			.on("/html", Reply.json("<html>Sign in</html>"));

		assertThat(failure("/big").kind()).isEqualTo(GraphFailure.Kind.UNEXPECTED);
		assertThat(failure("/html").kind()).isEqualTo(GraphFailure.Kind.UNEXPECTED);
	}

	@Test
	void aRefusedTokenSaysMicrosoftsCodeButNotTheSecret() {
		graph.token(new Reply(401, java.util.Map.of(), """
				{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.",
				 "error_codes":[7000215]}""", Duration.ZERO));

		CheckResult result = StandInTenant.run(graph, TenantCheck.ACCOUNT);

		assertThat(result.status()).isEqualTo(CheckStatus.COULD_NOT_RUN);
		assertThat(result.note()).isEqualTo(Finding.of("ui.tenant.status.token-refused", "code", "AADSTS7000215"));
		assertThat(result.toString()).doesNotContain(StandInTenant.SECRET);
		assertThat(graph.graphRequests()).isEmpty();
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void theSecretIsInNoLogLineEvenWhenEverythingIsLoggedAndTheTokenRefused(
			org.springframework.boot.test.system.CapturedOutput output) {
		var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		var level = root.getLevel();
		root.setLevel(ch.qos.logback.classic.Level.TRACE);
		try {
			everythingLogged(output);
		}
		finally {
			root.setLevel(level);
		}
	}

	private void everythingLogged(org.springframework.boot.test.system.CapturedOutput output) {
		graph.token(new Reply(400, java.util.Map.of(),
				"""
						{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys are expired."}""",
				Duration.ZERO));

		CheckResult refused = StandInTenant.run(graph, TenantCheck.ACCOUNT);
		graph.token(Reply.json("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t-2\"}"));
		StandInTenant.withUser(graph);
		CheckResult accepted = StandInTenant.run(graph, TenantCheck.ACCOUNT);

		TestCertificates.Made made = TestCertificates.rsa();
		var certificate = new TenantSpec(new app.stepwise.tenant.Tenant("c", "C", Cloud.WORLDWIDE, false), "c.example",
				new ClientCredential.Certificate(StandInTenant.CLIENT_ID, made.certificate(),
						made.keys().getPrivate()));
		var settings = new TenantSettings(List.of(), new TenantSettings.Credentials(null, null, null, null), null,
				Duration.ofSeconds(2), Duration.ofSeconds(1));
		CheckResult signed = StandInTenant.runner()
			.run(TenantConnection.of(certificate, new GraphEndpoints(graph.root(), graph.root()), settings,
					java.time.Clock.systemUTC()), StandInTenant.UPN, List.of(TenantCheck.ACCOUNT))
			.getFirst();

		assertThat(refused.note()).isEqualTo(Finding.of("ui.tenant.status.token-refused", "code", "AADSTS7000222"));
		assertThat(accepted.status()).isEqualTo(CheckStatus.OK);
		assertThat(signed.status()).isEqualTo(CheckStatus.OK);
		assertThat(graph.tokenRequests()).last().satisfies(r -> assertThat(r.body()).contains("client_assertion=ey"));
		assertThat(output.getAll()).contains("AADSTS7000222", "Writing [{grant_type=[client_credentials]")
			.doesNotContain(StandInTenant.SECRET, "s3cr3t", "client_secret", "client_assertion=", "eyJ");
	}

	@Test
	void theGraphClientRefusesEverythingButGetBeforeItLeavesTheMachine() {
		var http = GraphHttp.graph(GraphHttp.builder(Duration.ofSeconds(2)));

		for (var method : List.of(org.springframework.http.HttpMethod.POST, org.springframework.http.HttpMethod.PUT,
				org.springframework.http.HttpMethod.PATCH, org.springframework.http.HttpMethod.DELETE)) {
			assertThatThrownBy(
					() -> http.method(method).uri(graph.root() + "/v1.0/users").retrieve().toBodilessEntity())
				.hasMessageContaining("only reads Microsoft Graph");
		}
		assertThat(graph.received()).isEmpty();
	}

	@Test
	void retryAfterIsReadInSecondsOrAsADate() {
		var headers = new org.springframework.http.HttpHeaders();
		headers.set("Retry-After", "7");
		assertThat(RetryAfter.of(headers)).isEqualTo(Duration.ofSeconds(7));
		headers.set("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
		assertThat(RetryAfter.of(headers)).isEqualTo(Duration.ZERO);
		headers.set("Retry-After", "soon");
		assertThat(RetryAfter.of(headers)).isNull();
	}

}
