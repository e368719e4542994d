package app.stepwise.base.ui;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The reader's time zone as the browser reports it; UTC until it is known. */
public final class BrowserZone {

	private BrowserZone() {
	}

	public static ZoneId current() {
		UI ui = UI.getCurrent();
		if (ui == null) {
			return ZoneOffset.UTC;
		}
		try {
			var details = ui.getPage().getExtendedClientDetails();
			return details == null || details.getTimeZoneId() == null ? ZoneOffset.UTC
					: ZoneId.of(details.getTimeZoneId());
		}
		catch (RuntimeException e) {
			return ZoneOffset.UTC;
		}
	}

}
