package app.stepwise.base.ui;

import app.stepwise.base.ErrorId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails after a screen is open, e.g. in a button's
 * handler: a message in their language with an error id, which the log has next to the
 * details. The screen stays as it was, so nothing typed is lost. (Failures while opening
 * a screen show {@link InternalErrorView} instead.)
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
	}

	/** Logs each error with a new id and tells the person the id. */
	static final class FriendlyErrorHandler implements ErrorHandler {

		private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

		@Override
		public void error(ErrorEvent event) {
			Throwable error = event.getThrowable();
			if (isClientGone(error)) {
				log.debug("The browser went away during a request", error);
				return;
			}
			String id = ErrorId.next();
			log.error("Error {} while handling an action", id, error);
			UI ui = UI.getCurrent();
			if (ui != null) {
				show(ui, id);
			}
		}

		private static boolean isClientGone(Throwable error) {
			for (Throwable t = error; t != null; t = t.getCause()) {
				if (t.getClass().getName().endsWith("ClientAbortException")) {
					return true;
				}
			}
			return false;
		}

		private static void show(UI ui, String id) {
			Notification notification = new Notification();
			notification.setId("error-notification");
			notification.addThemeVariants(NotificationVariant.ERROR);
			notification.setPosition(Notification.Position.MIDDLE);
			notification.setDuration(0);
			notification.setAssertive(true);
			Span text = new Span(ui.getTranslation("ui.error.action.body", Map.of("id", id)));
			text.setId("error-notification-text");
			Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
			close.setId("error-notification-close");
			close.addThemeVariants(ButtonVariant.TERTIARY);
			close.setAriaLabel(ui.getTranslation("ui.error.close"));
			Div content = new Div(text, close);
			content.addClassName("error-notification");
			notification.add(content);
			notification.open();
		}

	}

}
