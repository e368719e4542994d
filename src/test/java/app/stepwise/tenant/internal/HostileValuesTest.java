package app.stepwise.tenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.TenantCheck;
import app.stepwise.tenant.CheckResult;
import app.stepwise.tenant.Finding;
import app.stepwise.tenant.GraphStandIn;
import app.stepwise.tenant.GraphStandIn.Reply;
import app.stepwise.tenant.UserMatch;
import app.stepwise.tenant.UserSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Anyone who can name a rule, set a display name or an app's name writes what Stepwise
 * shows. Every value Graph returns comes through as plain text: markup stays the literal
 * text it is (screens set it as text), and invisible or direction-changing characters and
 * line breaks cannot reorder or split what surrounds them; nothing is longer than
 * {@link GraphText#MAX}.
 */
class HostileValuesTest {

	/**
	 * Markup, a right-to-left override, a zero-width joiner, a line break, and length.
	 */
	private static final String HOSTILE = "<img src=x onerror=alert(1)>\\u202Egnp.exe\\u200D\\nnext line " + "ساعة"
			+ "x".repeat(5000);

	private final GraphStandIn graph = GraphStandIn.start();

	@AfterEach
	void stop() {
		graph.close();
	}

	private void hostileTenant() {
		String h = HOSTILE;
		graph
			.on("/users/" + StandInTenant.UPN,
					Reply.json("""
							{"id":"%s","userPrincipalName":"%s","displayName":"%s","accountEnabled":false}"""
						.formatted(StandInTenant.USER_ID, StandInTenant.UPN, h)))
			.on("/auditLogs/signIns", Reply.json("""
					{"value":[{"createdDateTime":"2026-11-21T10:00:00Z","appDisplayName":"%s",
					  "status":{"errorCode":50126},"location":{"countryOrRegion":"%s"}}]}""".formatted(h, h)))
			.on("/users/" + StandInTenant.USER_ID + "/mailFolders/inbox/messageRules", Reply.json("""
					{"value":[{"displayName":"%s","isEnabled":true,"actions":{"moveToFolder":"F1",
					  "forwardTo":[{"emailAddress":{"address":"%s@evil.example"}}]}}]}""".formatted(h, h)))
			.on("/organization", Reply.json("{\"value\":[{\"verifiedDomains\":[{\"name\":\"contoso.example\"}]}]}"))
			.on("/users/" + StandInTenant.USER_ID + "/mailFolders/F1",
					Reply.json("{\"id\":\"F1\",\"displayName\":\"RSS %s\"}".formatted(h)))
			.on("/roleManagement/directory/roleAssignments",
					Reply.json("{\"value\":[{\"roleDefinition\":{\"displayName\":\"%s\"}}]}".formatted(h)))
			.on("/admin/serviceAnnouncement/healthOverviews",
					Reply.json("{\"value\":[{\"id\":\"Exchange\",\"service\":\"%s\"}]}".formatted(h)))
			.on("/admin/serviceAnnouncement/issues", Reply.json("""
					{"value":[{"id":"%s","title":"%s","service":"%s","classification":"%s","status":"%s",
					  "isResolved":false}]}""".formatted(h, h, h, h, h)))
			.on("/users", Reply.json("""
					{"value":[{"displayName":"%s","userPrincipalName":"%s"}]}""".formatted(h, h)));
	}

	private static List<String> texts(List<CheckResult> results) {
		List<String> texts = new ArrayList<>();
		for (CheckResult result : results) {
			List<Finding> findings = new ArrayList<>(result.facts());
			findings.add(result.note());
			findings.forEach(f -> f.arguments().values().forEach(v -> texts.add(String.valueOf(v))));
		}
		return texts;
	}

	@Test
	void everyValueFromEveryCheckIsPlainBoundedText() {
		hostileTenant();

		List<CheckResult> results = StandInTenant.runner()
			.run(StandInTenant.connect(graph), StandInTenant.UPN, Arrays.asList(TenantCheck.values()));
		List<String> texts = texts(results);

		assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("<img src=x onerror=alert(1)>gnp.exe next line"));
		assertThat(texts).filteredOn(t -> t.contains("<img")).hasSizeGreaterThanOrEqualTo(8);
		assertThat(texts).allSatisfy(HostileValuesTest::plainAndBounded);
	}

	@Test
	void usersFoundByTheSearchArePlainBoundedText() {
		hostileTenant();

		UserSearch search = UserFinder.search(StandInTenant.connect(graph), "<img");

		assertThat(search.users()).singleElement().satisfies(user -> {
			plainAndBounded(user.displayName());
			plainAndBounded(user.userPrincipalName());
		});
		assertThat(search.users()).extracting(UserMatch::displayName).allMatch(n -> n.startsWith("<img"));
	}

	private static void plainAndBounded(String text) {
		assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(GraphText.MAX);
		assertThat(text.codePoints()).noneMatch(c -> Character.getType(c) == Character.FORMAT
				|| Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.LINE_SEPARATOR);
	}

	@Test
	void cuttingKeepsWholeCharactersAndMarksTheCut() {
		assertThat(GraphText.clean("ab\uD83D\uDE00cd", 3)).isEqualTo("ab…");
		assertThat(GraphText.clean("abc", 3)).isEqualTo("abc");
		assertThat(GraphText.clean("a\u2066b\u2069\r\nc", 10)).isEqualTo("ab  c");
	}

}
