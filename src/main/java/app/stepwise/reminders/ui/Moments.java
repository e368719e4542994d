package app.stepwise.reminders.ui;

import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * A moment as a person checking the time would say it: "14:35" today, "13:35 tomorrow",
 * else the date too; in the reader's language and time zone. Formats are made per call,
 * never kept per session.
 */
final class Moments {

	private Moments() {
	}

	static String say(Messages messages, Locale locale, Instant moment, Instant now, ZoneId zone) {
		long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(moment, zone));
		String day = days == 0 ? "today" : days == 1 ? "tomorrow" : "other";
		DateFormat time = DateFormat.getTimeInstance(DateFormat.SHORT, Language.orEnglish(locale).uLocale());
		time.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return messages.get(locale, "ui.reminders.moment", Map.of("day", day, "time", time.format(Date.from(moment)),
				"date", messages.dateTime(locale, moment, zone)));
	}

}
