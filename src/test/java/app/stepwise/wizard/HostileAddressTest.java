package app.stepwise.wizard;

import app.stepwise.SafeMarkup;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HostileInput;
import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.base.ui.InternalErrorView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Hostile values in every part of a step's address, over HTTP as a browser or an attacker
 * would send them: in the flow and step ids, and in {@code ?path=}, {@code ?cloud=},
 * {@code ?entry=} and {@code ?lang=}. No request ends in a server error, no page carries
 * a value as markup, and no screen fails; addresses that cannot be read are refused with
 * a 400 page.
 */
class HostileAddressTest extends HttpTest {

	/** Address templates; {@code %s} is where the (encoded) value goes. */
	private static final List<String> SLOTS = List.of("flow/%s", "flow/unlock-account/%s",
			"flow/unlock-account/symptom?path=%s", "flow/reset-passwords/reset-one?path=someone-else&cloud=%s",
			"flow/unlock-account?entry=%s", "flow/unlock-account?lang=%s", "?lang=%s", "login?lang=%s", "login?%s");

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Every value the answer sets as an element's HTML content. */
	private static List<String> htmlSent(String body) {
		List<String> html = new ArrayList<>();
		collectHtml(JsonMapper.shared().readTree(body), html);
		return html;
	}

	private static void collectHtml(JsonNode node, List<String> into) {
		if (node.isObject() && "innerHTML".equals(node.path("key").asString(""))) {
			into.add(node.path("value").asString(""));
		}
		node.forEach(child -> collectHtml(child, into));
	}

	private static List<String> addresses() {
		List<String> addresses = new ArrayList<>();
		for (String slot : SLOTS) {
			HostileInput.VALUES.forEach(value -> addresses.add(slot.formatted(encode(value))));
			HostileInput.RAW_ESCAPES.forEach(raw -> addresses.add(slot.formatted(raw)));
		}
		return addresses;
	}

	@Test
	void noRequestEndsInAServerErrorAndNoScreenFailsOrShowsAValueAsMarkup(CapturedOutput output) {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html");
		int screens = 0;
		int htmlChecked = 0;
		for (String address : addresses()) {
			String label = HostileInput.label(address);
			WebClient.Response page = admin.get(address);

			assertThat(page.status()).as(label).isLessThan(500);
			assertThat(page.body()).as(label).doesNotContain(HostileInput.MARKUP);
			assertThat(page.header("content-security-policy")).as(label).isPresent();
			if (page.status() == 200) {
				// The page loaded: its script starts the screen, as a browser's would.
				int query = address.indexOf('?');
				WebClient.Response screen = admin.openUi(query < 0 ? address : address.substring(0, query),
						query < 0 ? "" : address.substring(query + 1));

				assertThat(screen.status()).as(label).isEqualTo(200);
				assertThat(screen.body()).as(label)
					.doesNotContain(HostileInput.MARKUP)
					.doesNotContain("\"value\":\"script\"", "\"value\":\"img\"", "\"value\":\"iframe\"");
				List<String> html = htmlSent(screen.body());
				assertThat(html).as(label).allMatch(SafeMarkup::isPlain);
				htmlChecked += html.size();
				assertThat(server.latestScreen()).as(label).isNotEqualTo(InternalErrorView.class);
				screens++;
			}
		}
		// Most addresses get as far as a screen, the rest are refused as unreadable
		// (400).
		assertThat(screens).as("addresses whose screen opened").isGreaterThan(addresses().size() / 2);
		assertThat(htmlChecked).as("lists sent as HTML and checked").isPositive();
		assertThat(output).doesNotContain("while handling an action", "while opening");
	}

	@Test
	void rawBytesThatAreNotUtf8AreRefusedWithAPageNotAServerError() {
		WebClient admin = signedIn("admin", "admin").withHeader("Accept", "text/html");
		byte[][] targets = { { '/', 'f', 'l', 'o', 'w', '/', (byte) 0xC3, (byte) 0x28 },
				{ '/', '?', 'l', 'a', 'n', 'g', '=', (byte) 0xFF, (byte) 0xFE },
				{ '/', 'f', 'l', 'o', 'w', '/', (byte) 0xC0, (byte) 0xAF, '/', 'x' } };
		for (byte[] target : targets) {
			WebClient.Response page = admin.getRaw(target);

			assertThat(page.status()).isLessThan(500);
			assertThat(page.body()).doesNotContain(HostileInput.MARKUP);
		}
	}

}
