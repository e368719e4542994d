package app.stepwise.base.ui;

import app.stepwise.i18n.Language;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A date picker's own texts in the reader's language: buttons, the date format and error
 * messages from the bundles; month and day names and the first day of the week from ICU's
 * locale data (CLDR), which knows them for every language.
 */
public final class DatePickerTexts {

	private DatePickerTexts() {
	}

	/** The texts for the language the component is shown in. */
	public static DatePicker.DatePickerI18n of(Component source) {
		ULocale locale = Language
			.orEnglish(source.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale()))
			.uLocale();
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
		String format = source.getTranslation("ui.date-picker.format");
		String example = LocalDate.now().format(DateTimeFormatter.ofPattern(format.replace("yyyy", "uuuu")));
		return new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.asList(symbols.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)))
			.setWeekdays(days(symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)))
			.setWeekdaysShort(days(symbols.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.SHORT)))
			.setFirstDayOfWeek(Calendar.getInstance(locale).getFirstDayOfWeek() - 1)
			.setDateFormat(format)
			.setToday(source.getTranslation("ui.date-picker.today"))
			.setCancel(source.getTranslation("ui.date-picker.cancel"))
			.setBadInputErrorMessage(source.getTranslation("ui.date-picker.bad-input", Map.of("example", example)))
			.setMinErrorMessage(source.getTranslation("ui.date-picker.too-early"))
			.setMaxErrorMessage(source.getTranslation("ui.date-picker.too-late"));
	}

	/** ICU numbers days from 1 (Sunday); the date picker wants Sunday first from 0. */
	private static List<String> days(String[] icuDays) {
		return Arrays.asList(icuDays).subList(1, 8);
	}

}
