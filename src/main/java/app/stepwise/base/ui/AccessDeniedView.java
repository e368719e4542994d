package app.stepwise.base.ui;

import app.stepwise.base.AuditEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A signed-in person opened a screen their role does not allow. The audit log records it;
 * the person sees "page not found", which does not tell them that the screen exists.
 */
@AnonymousAllowed
@Screen
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public AccessDeniedView(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		VaadinRequest request = VaadinRequest.getCurrent();
		Principal principal = request == null ? null : request.getUserPrincipal();
		events.publishEvent(new AuditEvent(AuditEvent.ACCESS_DENIED,
				principal == null ? "anonymous" : principal.getName(), event.getLocation().getPath(), clock.instant()));
		event.rerouteToError(NotFoundException.class);
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
