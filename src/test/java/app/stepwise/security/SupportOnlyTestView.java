package app.stepwise.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A screen for support staff only, in the tests only: it stands in for the support
 * queue's screens, so that the tests show now how a screen that names SUPPORT is closed
 * to admins by every way in.
 */
@Route("test/support-only")
@RolesAllowed(Roles.SUPPORT)
class SupportOnlyTestView extends Div {

	final Paragraph data = new Paragraph();

	SupportOnlyTestView(SupportOnlyTestService service) {
		data.setId("support-data");
		data.setText(service.supportData());
		add(data);
	}

}
