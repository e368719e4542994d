package app.stepwise.insight.ui;

import app.stepwise.i18n.Language;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Numbers, shares, durations and days as the reader's language writes them, by ICU:
 * "1,234" or "1 234", "57.1%" or "57,1 %", "1 hr, 5 min" or "1 t, 5 min". Made when
 * needed rather than kept per session.
 */
final class FigureTexts {

	private FigureTexts() {
	}

	private static ULocale uLocale(Locale locale) {
		return Language.orEnglish(locale).uLocale();
	}

	static String number(Locale locale, long value) {
		return NumberFormat.getInstance(uLocale(locale)).format(value);
	}

	static String percent(Locale locale, double share) {
		NumberFormat format = NumberFormat.getPercentInstance(uLocale(locale));
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	/** A duration in its two largest units of days, hours, minutes and seconds. */
	static String duration(Locale locale, Duration duration) {
		List<Measure> parts = new ArrayList<>();
		long days = duration.toDays();
		int hours = duration.toHoursPart();
		int minutes = duration.toMinutesPart();
		int seconds = duration.toSecondsPart();
		if (days > 0) {
			parts.add(new Measure(days, MeasureUnit.DAY));
			if (hours > 0) {
				parts.add(new Measure(hours, MeasureUnit.HOUR));
			}
		}
		else if (hours > 0) {
			parts.add(new Measure(hours, MeasureUnit.HOUR));
			if (minutes > 0) {
				parts.add(new Measure(minutes, MeasureUnit.MINUTE));
			}
		}
		else if (minutes > 0) {
			parts.add(new Measure(minutes, MeasureUnit.MINUTE));
			if (seconds > 0) {
				parts.add(new Measure(seconds, MeasureUnit.SECOND));
			}
		}
		else {
			parts.add(new Measure(seconds, MeasureUnit.SECOND));
		}
		return MeasureFormat.getInstance(uLocale(locale), MeasureFormat.FormatWidth.SHORT)
			.formatMeasures(parts.toArray(Measure[]::new));
	}

	/** The day of the moment in the zone, in the language's medium date style. */
	static String day(Locale locale, Instant instant, ZoneId zone) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale(locale));
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(instant));
	}

}
