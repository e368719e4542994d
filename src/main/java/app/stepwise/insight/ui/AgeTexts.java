package app.stepwise.insight.ui;

import app.stepwise.i18n.Language;
import app.stepwise.insight.Staleness;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Dates and ages as the reader's language writes them, by ICU: "13 months ago", "pred 13
 * meseci", "12 months", "1 år".
 */
final class AgeTexts {

	private AgeTexts() {
	}

	private static ULocale uLocale(Locale locale) {
		return Language.orEnglish(locale).uLocale();
	}

	/** A day, in the language's medium date style. */
	static String date(Locale locale, LocalDate date) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale(locale));
		format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
		return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	/** How long ago the day was: in months, or in days when less than a month. */
	static String ago(Locale locale, LocalDate date, Staleness staleness) {
		RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(uLocale(locale));
		long months = staleness.ageInMonths(date);
		if (months > 0) {
			return format.format(months, RelativeDateTimeFormatter.Direction.LAST,
					RelativeDateTimeFormatter.RelativeUnit.MONTHS);
		}
		return format.format(staleness.ageInDays(date), RelativeDateTimeFormatter.Direction.LAST,
				RelativeDateTimeFormatter.RelativeUnit.DAYS);
	}

	/** A period such as the allowed age of a check: "12 months", "1 year, 6 months". */
	static String period(Locale locale, Period period) {
		List<Measure> parts = new ArrayList<>();
		if (period.getYears() != 0) {
			parts.add(new Measure(period.getYears(), MeasureUnit.YEAR));
		}
		if (period.getMonths() != 0) {
			parts.add(new Measure(period.getMonths(), MeasureUnit.MONTH));
		}
		if (period.getDays() != 0 || parts.isEmpty()) {
			parts.add(new Measure(period.getDays(), MeasureUnit.DAY));
		}
		return MeasureFormat.getInstance(uLocale(locale), MeasureFormat.FormatWidth.WIDE)
			.formatMeasures(parts.toArray(Measure[]::new));
	}

}
