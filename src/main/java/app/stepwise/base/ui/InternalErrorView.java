package app.stepwise.base.ui;

import app.stepwise.base.ErrorId;
import app.stepwise.base.LogText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a screen fails: an apology in the reader's language and an error id,
 * which the log has next to the details. Never shows the exception, a stack trace or
 * anything from inside.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@Screen
public class InternalErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

	/** The error id shown, for tests and for people who copy it. */
	final Paragraph errorId = new Paragraph();

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		String id = ErrorId.next();
		log.error("Error {} while opening '{}'", id, LogText.of(event.getLocation().getPathWithQueryParameters()),
				parameter.getCaughtException());
		removeAll();
		addClassName("error-view");
		H1 title = new H1(getTranslation("ui.error.internal.title"));
		title.setId("error-title");
		errorId.setId("error-id");
		errorId.addClassName("error-id");
		errorId.setText(getTranslation("ui.error.id", Map.of("id", id)));
		Anchor home = new Anchor(".", getTranslation("ui.error.back-to-start"));
		home.setId("error-home");
		add(title, new Paragraph(getTranslation("ui.error.internal.body")), errorId, home);
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.error.internal.title");
	}

}
