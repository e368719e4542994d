package app.stepwise.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere, in the reader's language, with a way back.
 * Also shown for a screen the person's role does not allow (see
 * {@link AccessDeniedView}).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
@Screen
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		addClassName("error-view");
		H1 title = new H1(getTranslation("ui.error.not-found.title"));
		title.setId("error-title");
		Anchor home = new Anchor(".", getTranslation("ui.error.back-to-start"));
		home.setId("error-home");
		add(title, new Paragraph(getTranslation("ui.error.not-found.body")), home);
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.error.not-found.title");
	}

}
