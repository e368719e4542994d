package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HttpTest;
import app.stepwise.WebClient;
import app.stepwise.WebClient.Response;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP, a browser that sends its last message again (its answer lost on the
 * way) gets exactly the answer the server gave it the first time, although the server
 * kept that answer only deflated in between.
 */
class RepeatedMessageTest extends HttpTest {

	@Test
	void aMessageSentTwiceIsAnsweredTwiceWithTheSameJson() {
		WebClient admin = signedIn("admin", "admin");
		WebClient.Ui ui = WebClient.Ui.startedBy(admin.startUi("flow/unlock-account", "")).orElseThrow();
		String navigation = ui.navigation("flow/unlock-account", "");

		Response first = admin.uidl(ui, navigation);
		Response again = admin.uidl(ui, navigation);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("\"changes\"").contains("unlock-account");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
	}

}
