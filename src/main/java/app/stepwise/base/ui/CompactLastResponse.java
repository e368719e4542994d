package app.stepwise.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Halves the largest single thing a resting session holds. Vaadin keeps each UI's last
 * response, as a string, to send it again should the browser repeat its last message (a
 * response lost on a bad network). Java stores a string in one byte per character only
 * while every character fits in Latin-1; one typographic apostrophe or one Slovenian "č"
 * in a step's texts makes the whole response — about 20,000 characters at the escalate
 * outcome — take two bytes per character. Here the kept copy has every character beyond
 * Latin-1 written as a JSON escape ({@code \u2019}), which any JSON reader reads back as
 * the same text: the browser gets the same data if it is ever resent, and the copy stays
 * in one byte per character.
 *
 * <p>
 * Outside a JSON string such characters cannot occur (JSON's syntax is ASCII), so the
 * escape is always inside a string and always valid.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener, VaadinRequestInterceptor {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addVaadinRequestInterceptor(this);
	}

	@Override
	public void requestStart(VaadinRequest request, VaadinResponse response) {
		// Only the end of a request matters here.
	}

	@Override
	public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
			Exception exception) {
		// A failed request leaves the kept response as it was.
	}

	@Override
	public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
		if (session == null || !"uidl".equals(request.getParameter("v-r"))) {
			return;
		}
		int uiId;
		try {
			uiId = Integer.parseInt(String.valueOf(request.getParameter("v-uiId")));
		}
		catch (NumberFormatException notAUi) {
			return;
		}
		session.lock();
		try {
			UI ui = session.getUIById(uiId);
			if (ui != null) {
				String kept = ui.getInternals().getLastRequestResponse();
				if (kept != null) {
					ui.getInternals().setLastRequestResponse(latin1(kept));
				}
			}
		}
		finally {
			session.unlock();
		}
	}

	/**
	 * The same JSON text with every character beyond Latin-1 as a {@code \\uXXXX} escape;
	 * the very string given when there is none.
	 */
	static String latin1(String json) {
		int first = 0;
		while (first < json.length() && json.charAt(first) <= 0xFF) {
			first++;
		}
		if (first == json.length()) {
			return json;
		}
		StringBuilder compact = new StringBuilder(json.length() + 64).append(json, 0, first);
		for (int i = first; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c <= 0xFF) {
				compact.append(c);
			}
			else {
				compact.append("\\u")
					.append(Character.forDigit(c >> 12, 16))
					.append(Character.forDigit((c >> 8) & 0xF, 16))
					.append(Character.forDigit((c >> 4) & 0xF, 16))
					.append(Character.forDigit(c & 0xF, 16));
			}
		}
		return compact.toString();
	}

}
