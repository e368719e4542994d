package app.stepwise;

import app.stepwise.base.AuditEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * What the server saw: each UI started, who Vaadin considered signed in then and the
 * classes its request passed through, which screen each navigation showed, and every
 * audit event.
 */
@TestConfiguration
public class ServerProbe implements VaadinServiceInitListener {

	private final List<String> principals = new CopyOnWriteArrayList<>();

	private final List<Class<?>> shown = new CopyOnWriteArrayList<>();

	private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();

	private final List<UI> uis = new CopyOnWriteArrayList<>();

	private volatile List<String> latestStack = List.of();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			uis.add(init.getUI());
			Principal principal = VaadinRequest.getCurrent().getUserPrincipal();
			principals.add(principal == null ? "<none>" : principal.getName());
			latestStack = StackWalker.getInstance().walk(frames -> frames.map(f -> f.getClassName()).toList());
			init.getUI().addAfterNavigationListener(after -> shown.add(after.getActiveChain().getFirst().getClass()));
		});
	}

	@EventListener
	void audited(AuditEvent event) {
		audit.add(event);
	}

	/**
	 * The name the latest UI's request gave as its principal
	 * ({@code request.getUserPrincipal()}).
	 */
	public String latestPrincipal() {
		return principals.isEmpty() ? "<no UI>" : principals.getLast();
	}

	/** The screen (route target or error view) the latest navigation showed. */
	public Class<?> latestScreen() {
		return shown.getLast();
	}

	/**
	 * The classes, innermost first, whose code the latest UI's request was in when the UI
	 * started: the filters and servlets it passed through.
	 */
	public List<String> latestUiStack() {
		return latestStack;
	}

	/** The latest UI started. */
	public UI latestUi() {
		return uis.getLast();
	}

	/** The audit events so far. */
	public List<AuditEvent> audit() {
		return List.copyOf(audit);
	}

}
