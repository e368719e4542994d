package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.stepwise.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.SynchronizedRequestHandler.ResponseWriter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Between requests a UI keeps its last response only deflated, and still answers a
 * repeated message with exactly the answer it gave the first time. Driven through the
 * handler the application registers, with real UIDL messages.
 */
class DeflatedLastResponseTest extends KaribuTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theHandlerIsAskedBeforeVaadinsOwn() {
		List<RequestHandler> handlers = new ArrayList<>();
		VaadinService.getCurrent().getRequestHandlers().forEach(handlers::add);

		int ours = indexOf(handlers, DeflatedLastResponse.Handler.class);
		int vaadins = handlers
			.indexOf(handlers.stream().filter(h -> h.getClass() == UidlRequestHandler.class).findFirst().orElseThrow());
		assertThat(ours).isNotNegative().isLessThan(vaadins);
	}

	@Test
	void afterAnAnswerTheUiKeepsNoTextButASmallerDeflatedCopyOfIt() throws IOException {
		UI ui = UI.getCurrent();
		navigate("flow/unlock-account");

		String answer = send(ui, message(ui, 0));

		assertThat(JSON.readTree(answer).get("syncId")).isNotNull();
		assertThat(ui.getInternals().getLastRequestResponse()).isNull();
		DeflatedLastResponse.Kept kept = DeflatedLastResponse.keptOf(ui);
		assertThat(kept).isNotNull();
		assertThat(kept.deflated().length).isLessThan(answer.getBytes(StandardCharsets.UTF_8).length / 2);
		assertThat(DeflatedLastResponse.inflate(kept)).isEqualTo(answer);
	}

	@Test
	void aRepeatedMessageGetsExactlyTheFirstAnswerAgain() throws IOException {
		UI ui = UI.getCurrent();
		navigate("flow/unlock-account");
		String message = message(ui, 0);

		String first = send(ui, message);
		String again = send(ui, message);

		assertThat(again).isEqualTo(first);
		assertThat(ui.getInternals().getLastRequestResponse()).isNull();
		assertThat(DeflatedLastResponse.inflate(DeflatedLastResponse.keptOf(ui))).isEqualTo(first);
	}

	@Test
	void theNextMessageGetsAFreshAnswerWhichReplacesTheKeptOne() throws IOException {
		UI ui = UI.getCurrent();
		navigate("flow/unlock-account");
		String first = send(ui, message(ui, 0));
		navigate("");

		String next = send(ui, message(ui, 1));

		assertThat(next).isNotEqualTo(first);
		assertThat(JSON.readTree(next).get("syncId").asInt()).isGreaterThan(JSON.readTree(first).get("syncId").asInt());
		assertThat(ui.getInternals().getLastRequestResponse()).isNull();
		assertThat(DeflatedLastResponse.inflate(DeflatedLastResponse.keptOf(ui))).isEqualTo(next);
	}

	@Test
	void aMessageForAnUnknownUiIsToldSoAndChangesNothing() throws IOException {
		UI ui = UI.getCurrent();
		String first = send(ui, message(ui, 0));

		String answer = send(ui.getUIId() + 100, message(ui, 1));

		assertThat(answer).contains("sessionExpired");
		assertThat(DeflatedLastResponse.inflate(DeflatedLastResponse.keptOf(ui))).isEqualTo(first);
	}

	@Test
	void textBeyondLatin1ComesBackUnchanged() {
		String text = "{\"value\":\"Don’t block — preveri še enkrat, Malmö 😀 \\\"quoted\\\"\"}".repeat(300);

		DeflatedLastResponse.Kept kept = DeflatedLastResponse.deflate(text);

		assertThat(kept.deflated().length).isLessThan(text.length() / 10);
		assertThat(DeflatedLastResponse.inflate(kept)).isEqualTo(text);
	}

	/** The browser's message: no events, as when it only reports it is still there. */
	private static String message(UI ui, int clientId) {
		return "{\"csrfToken\":\"" + ui.getCsrfToken() + "\",\"rpc\":[],\"syncId\":"
				+ ui.getInternals().getServerSyncId() + ",\"clientId\":" + clientId + "}";
	}

	private static String send(UI ui, String message) throws IOException {
		return send(ui.getUIId(), message);
	}

	/** The handler's answer, as the browser would read it. */
	private static String send(int uiId, String message) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		VaadinResponse response = mock(VaadinResponse.class);
		when(response.getOutputStream()).thenReturn(body);
		Optional<ResponseWriter> writer = handler().synchronizedHandleRequest(VaadinSession.getCurrent(), request(uiId),
				response, message);
		assertThat(writer).isPresent();
		writer.get().writeResponse();
		return body.toString(StandardCharsets.UTF_8);
	}

	private static DeflatedLastResponse.Handler handler() {
		List<RequestHandler> handlers = new ArrayList<>();
		VaadinService.getCurrent().getRequestHandlers().forEach(handlers::add);
		return (DeflatedLastResponse.Handler) handlers.get(indexOf(handlers, DeflatedLastResponse.Handler.class));
	}

	private static int indexOf(List<RequestHandler> handlers, Class<?> type) {
		for (int i = 0; i < handlers.size(); i++) {
			if (type.isInstance(handlers.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static VaadinRequest request(int uiId) {
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getService()).thenReturn(VaadinService.getCurrent());
		when(request.getWrappedSession()).thenReturn(VaadinSession.getCurrent().getSession());
		when(request.getParameter("v-r")).thenReturn("uidl");
		when(request.getParameter("v-uiId")).thenReturn(Integer.toString(uiId));
		return request;
	}

}
