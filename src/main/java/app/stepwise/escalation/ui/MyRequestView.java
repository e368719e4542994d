package app.stepwise.escalation.ui;

import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.escalation.SupportRequest;
import app.stepwise.escalation.SupportRequests;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One of the operator's own requests, with its reference and summaries. Someone else's
 * request is not found here (the service only gives the signed-in person's own): support
 * staff read requests in the support queue.
 */
@Route("my-requests/:" + MyRequestView.REFERENCE)
@RolesAllowed(Roles.ADMIN)
@Screen
class MyRequestView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	static final String REFERENCE = "reference";

	private final SupportRequests requests;

	private final RequestSummaries summaries;

	private @Nullable SupportRequest request;

	MyRequestView(SupportRequests requests, RequestSummaries summaries) {
		this.requests = requests;
		this.summaries = summaries;
		addClassName("my-request-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String reference = event.getRouteParameters().get(REFERENCE).orElse("");
		Optional<SupportRequest> found = requests.findMine(reference);
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		request = found.get();
		removeAll();
		add(new FiledRequestPanel(found.get(), summaries));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		if (request != null) {
			UI.getCurrent().getPage().setTitle(getPageTitle());
		}
	}

	@Override
	public String getPageTitle() {
		return request == null ? getTranslation("ui.app.name")
				: getTranslation("ui.escalation.request.page-title", Map.of("reference", request.reference()));
	}

}
