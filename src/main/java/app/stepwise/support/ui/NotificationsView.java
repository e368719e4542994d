package app.stepwise.support.ui;

import app.stepwise.base.ui.BrowserZone;
import app.stepwise.base.ui.ColumnHeaders;
import app.stepwise.base.ui.Screen;
import app.stepwise.escalation.UndeliveredNotification;
import app.stepwise.escalation.UndeliveredNotifications;
import app.stepwise.i18n.Messages;
import app.stepwise.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Notifications given up after too many failed attempts: which request, which channel,
 * since when; support staff send one again, and it goes out at the next retry round.
 */
@Route("support/notifications")
@RolesAllowed(Roles.SUPPORT)
@Menu(title = "ui.menu.notifications", order = 3)
@Screen
class NotificationsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final UndeliveredNotifications notifications;

	private final Messages messages;

	final H1 title = new H1();

	final Paragraph intro = new Paragraph();

	final Grid<UndeliveredNotification> grid = new Grid<>();

	private final ColumnHeaders headers = new ColumnHeaders();

	NotificationsView(UndeliveredNotifications notifications, Messages messages) {
		this.notifications = notifications;
		this.messages = messages;
		addClassName("notifications-view");
		title.setId("notifications-title");
		intro.setId("notifications-intro");
		grid.setId("notifications");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		headers.add("ui.support.column.reference",
				grid.addComponentColumn(this::referenceLink).setKey("reference").setAutoWidth(true).setFlexGrow(0));
		headers.add("ui.notifications.column.channel",
				grid.addColumn(n -> getTranslation(n.channel().messageKey())).setKey("channel").setAutoWidth(true));
		headers.add("ui.support.column.created",
				grid.addColumn(n -> messages.dateTime(getLocale(), n.filedAt(), BrowserZone.current()))
					.setKey("filed")
					.setAutoWidth(true));
		headers.add("ui.notifications.column.attempts",
				grid.addColumn(UndeliveredNotification::attempts).setKey("attempts").setAutoWidth(true));
		headers.add("ui.notifications.column.given-up",
				grid.addColumn(n -> messages.dateTime(getLocale(), n.givenUpAt(), BrowserZone.current()))
					.setKey("givenUp")
					.setAutoWidth(true));
		headers.add("ui.notifications.column.action",
				grid.addComponentColumn(this::sendAgainButton).setKey("action").setAutoWidth(true).setFlexGrow(0));
		add(title, intro, grid);
	}

	private RouterLink referenceLink(UndeliveredNotification notification) {
		return new RouterLink(notification.reference(), SupportRequestDetailView.class,
				new RouteParameters(SupportRequestDetailView.REFERENCE, notification.reference()));
	}

	private Button sendAgainButton(UndeliveredNotification notification) {
		Button button = new Button(getTranslation("ui.notifications.send-again"));
		button.setId("send-again-" + notification.id());
		button.addThemeVariants(ButtonVariant.SMALL);
		button.getElement()
			.setAttribute("aria-label", getTranslation("ui.notifications.send-again.label", Map.of("reference",
					notification.reference(), "channel", getTranslation(notification.channel().messageKey()))));
		button.addClickListener(e -> sendAgain(notification));
		return button;
	}

	private void sendAgain(UndeliveredNotification notification) {
		String key = notifications.sendAgain(notification) ? "ui.notifications.sent-again"
				: "ui.notifications.already-sent-again";
		Notification.show(getTranslation(key, Map.of("reference", notification.reference())), 5000,
				Notification.Position.BOTTOM_CENTER);
		refresh();
	}

	private void refresh() {
		grid.setItems(notifications.list());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("ui.notifications.title"));
		intro.setText(getTranslation("ui.notifications.intro"));
		headers.translate(this);
		grid.setEmptyStateText(getTranslation("ui.notifications.empty"));
		grid.getElement().setAttribute("aria-label", getTranslation("ui.notifications.title"));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ui.notifications.page-title");
	}

}
