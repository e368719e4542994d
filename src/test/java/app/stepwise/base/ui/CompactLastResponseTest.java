package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.stepwise.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The response Vaadin keeps for a resend is held in one byte per character and still
 * reads as the very same JSON.
 */
class CompactLastResponseTest extends KaribuTest {

	private static final String RESPONSE = "{\"syncId\":4,\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"text\","
			+ "\"value\":\"Don’t block — preveri še enkrat, Malmö 😀 \\\"quoted\\\" \\\\u2019\"}],"
			+ "\"execute\":[[\"document.title = $0\",\"Stepwise – Ključ\"]]}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private CompactLastResponse compaction;

	@Test
	void theKeptResponseHasOnlyLatin1CharactersAndReadsAsTheSameJson() {
		String compact = CompactLastResponse.latin1(RESPONSE);

		assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
		assertThat(compact).contains("Malmö").contains("\\u2019").contains("\\ud83d\\ude00");
		assertThat(JSON.readTree(compact)).isEqualTo(JSON.readTree(RESPONSE));
	}

	@Test
	void aResponseWithinLatin1IsKeptAsItIs() {
		String plain = "{\"value\":\"Malmö, Århus, Tromsø\"}";

		assertThat(CompactLastResponse.latin1(plain)).isSameAs(plain);
	}

	@Test
	void afterAUidlRequestTheUiKeepsTheCompactForm() {
		UI ui = UI.getCurrent();
		ui.getInternals().setLastRequestResponse(RESPONSE);

		compaction.requestEnd(request("uidl", ui.getUIId()), mock(VaadinResponse.class), VaadinSession.getCurrent());

		String kept = ui.getInternals().getLastRequestResponse();
		assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
		assertThat(JSON.readTree(kept)).isEqualTo(JSON.readTree(RESPONSE));
	}

	@Test
	void otherRequestsLeaveTheKeptResponseAlone() {
		UI ui = UI.getCurrent();
		ui.getInternals().setLastRequestResponse(RESPONSE);

		compaction.requestEnd(request("heartbeat", ui.getUIId()), mock(VaadinResponse.class),
				VaadinSession.getCurrent());
		compaction.requestEnd(request("uidl", ui.getUIId() + 100), mock(VaadinResponse.class),
				VaadinSession.getCurrent());

		assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(RESPONSE);
	}

	private static VaadinRequest request(String type, int uiId) {
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getParameter("v-r")).thenReturn(type);
		when(request.getParameter("v-uiId")).thenReturn(Integer.toString(uiId));
		return request;
	}

}
