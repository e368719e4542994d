package app.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;

/**
 * Copies text to the reader's clipboard from a click. Browsers allow it only over HTTPS
 * or on localhost; otherwise the reader is told to copy the text by hand, which is why
 * the text must also be visible on the page.
 */
public final class Clipboard {

	private static final int NOTICE_MILLIS = 4000;

	private Clipboard() {
	}

	/**
	 * Copies the text, then shows the message of {@code copiedKey} or, if the browser
	 * refused, of {@code failedKey}.
	 */
	public static void copy(Component source, String text, String copiedKey, String failedKey) {
		source.getUI()
			.ifPresent(ui -> ui.getPage()
				.executeJs("return navigator.clipboard.writeText($0)", text)
				.then(result -> notice(source, copiedKey), error -> notice(source, failedKey)));
	}

	private static void notice(Component source, String key) {
		Notification.show(source.getTranslation(key), NOTICE_MILLIS, Notification.Position.BOTTOM_CENTER);
	}

}
