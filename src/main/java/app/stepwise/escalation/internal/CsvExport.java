package app.stepwise.escalation.internal;

import app.stepwise.escalation.RequestSummaries;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import com.ibm.icu.text.DecimalFormatSymbols;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Support requests as CSV (RFC 4180): headers and names in the reader's language, times
 * in ISO 8601 UTC, so spreadsheets sort them. Cells that a spreadsheet would run as a
 * formula are defused, because descriptions are typed by anyone.
 *
 * <p>
 * The separator is the one spreadsheets expect in the reader's language: a comma where
 * the decimal separator is a point (English), a semicolon where it is a comma (Swedish,
 * Danish, Norwegian, Slovenian), so that the file opens in columns with a double click.
 */
public final class CsvExport {

	/** Lets spreadsheet programs recognise UTF-8. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private record Column(String key, Function<SupportRequestEntity, String> value) {
	}

	private final Messages messages;

	private final Language language;

	private final List<Column> columns;

	private final char separator;

	public CsvExport(Messages messages, Language language) {
		this.messages = messages;
		this.language = language;
		this.separator = separatorFor(language);
		this.columns = List.of(new Column("ui.support.column.reference", SupportRequestEntity::getReference),
				new Column("ui.support.column.created", r -> DateTimeFormatter.ISO_INSTANT.format(r.getCreatedAt())),
				new Column("ui.support.column.status", r -> text(r.getStatus().messageKey())),
				new Column("ui.support.column.language", r -> r.getLanguage().nativeName()),
				new Column("ui.support.column.flow", r -> text("flow." + r.getFlowId() + ".title")),
				new Column("ui.support.column.flow-version", r -> Integer.toString(r.getFlowVersion())),
				new Column("ui.support.column.cloud", r -> text(RequestSummaries.cloudKey(r.getCloud()))),
				new Column("ui.support.column.step",
						r -> text("flow." + r.getStepFlowId() + "." + r.getStepId() + ".title")),
				new Column("ui.support.column.affected-user", SupportRequestEntity::getAffectedUser),
				new Column("ui.support.column.operator", SupportRequestEntity::getOperatorName),
				new Column("ui.support.column.operator-account",
						r -> r.getOperatorPrincipal() == null ? "" : r.getOperatorPrincipal()),
				new Column("ui.support.column.email", SupportRequestEntity::getContactEmail),
				new Column("ui.support.column.phone", SupportRequestEntity::getContactPhone),
				new Column("ui.support.column.preferred-contact", r -> text(r.getPreferredContact().messageKey())),
				new Column("ui.support.column.description", SupportRequestEntity::getDescription));
	}

	static char separatorFor(Language language) {
		return DecimalFormatSymbols.getInstance(language.uLocale()).getDecimalSeparator() == ',' ? ';' : ',';
	}

	public void header(Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		row(out, columns.stream().map(c -> text(c.key())).toList());
	}

	public void write(Writer out, SupportRequestEntity request) throws IOException {
		row(out, columns.stream().map(c -> c.value().apply(request)).toList());
	}

	private void row(Writer out, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(separator);
			}
			out.write(cell(cells.get(i), separator));
		}
		out.write("\r\n");
	}

	static String cell(String value, char separator) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private String text(String key) {
		return messages.get(language, key, Map.of()).replace("**", "");
	}

}
