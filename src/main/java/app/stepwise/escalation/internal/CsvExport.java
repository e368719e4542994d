package app.stepwise.escalation.internal;

import app.stepwise.base.ui.Markup;
import app.stepwise.escalation.QueueFilter;
import app.stepwise.escalation.RequestSummaries;
import app.stepwise.flow.FlowMessageKeys;
import app.stepwise.i18n.Language;
import app.stepwise.i18n.Messages;
import com.ibm.icu.text.DecimalFormatSymbols;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support requests as CSV (RFC 4180): headers and names in the reader's language, times
 * in ISO 8601 UTC, so spreadsheets sort them. Cells that a spreadsheet would run as a
 * formula are defused, because descriptions are typed by anyone.
 *
 * <p>
 * The separator is the one spreadsheets expect in the reader's language: a comma where
 * the decimal separator is a point (English), a semicolon where it is a comma (Swedish,
 * Danish, Norwegian, Slovenian), so that the file opens in columns with a double click.
 *
 * <p>
 * Requests are read in batches by keyset (after the last request of the batch before,
 * newest first), never by offset: a batch deep in a large queue costs what the first
 * costs, and any number of requests fits in little memory.
 */
@Component
public class CsvExport {

	/** Lets spreadsheet programs recognise UTF-8. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	static final int BATCH = 500;

	private record Column(String key, Function<StoredRequest, String> value) {
	}

	private final SupportRequestStore store;

	private final TransactionTemplate reads;

	private final Messages messages;

	CsvExport(SupportRequestStore store, PlatformTransactionManager transactionManager, Messages messages) {
		this.store = store;
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.messages = messages;
	}

	/**
	 * Writes the requests the filter selects that were filed until the given moment,
	 * newest first; requests filed while the export runs are left out.
	 * @return how many requests were written
	 */
	public long write(QueueFilter filter, Instant until, Language language, OutputStream out) throws IOException {
		QueueQuery selection = QueueQuery.of(filter);
		List<Column> columns = columns(language);
		char separator = separatorFor(language);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		row(writer, separator, columns.stream().map(c -> text(language, c.key())).toList());
		long written = 0;
		@Nullable StoredRequest last = null;
		List<StoredRequest> batch;
		do {
			@Nullable StoredRequest after = last;
			// One more than a batch, which tells whether another batch follows.
			batch = Objects.requireNonNull(reads.execute(tx -> store.newestFirst(selection, until, after, BATCH + 1)));
			for (StoredRequest request : batch.subList(0, Math.min(BATCH, batch.size()))) {
				row(writer, separator, columns.stream().map(c -> c.value().apply(request)).toList());
				written++;
				last = request;
			}
		}
		while (batch.size() > BATCH);
		writer.flush();
		return written;
	}

	private List<Column> columns(Language language) {
		return List.of(new Column("ui.support.column.reference", StoredRequest::reference),
				new Column("ui.support.column.created", r -> DateTimeFormatter.ISO_INSTANT.format(r.createdAt())),
				new Column("ui.support.column.status", r -> text(language, r.status().messageKey())),
				new Column("ui.support.column.language", r -> r.language().nativeName()),
				new Column("ui.support.column.flow", r -> text(language, FlowMessageKeys.flowTitle(r.flowId()))),
				new Column("ui.support.column.flow-version", r -> Integer.toString(r.flowVersion())),
				new Column("ui.support.column.cloud", r -> text(language, RequestSummaries.cloudKey(r.cloud()))),
				new Column("ui.support.column.step",
						r -> text(language, FlowMessageKeys.stepTitle(r.stepFlowId(), r.stepId()))),
				new Column("ui.support.column.affected-user", StoredRequest::affectedUser),
				new Column("ui.support.column.operator", StoredRequest::operatorPrincipal),
				new Column("ui.support.column.email", StoredRequest::contactEmail),
				new Column("ui.support.column.phone", StoredRequest::contactPhone),
				new Column("ui.support.column.preferred-contact",
						r -> text(language, r.preferredContact().messageKey())),
				new Column("ui.support.column.description", StoredRequest::description));
	}

	static char separatorFor(Language language) {
		return DecimalFormatSymbols.getInstance(language.uLocale()).getDecimalSeparator() == ',' ? ';' : ',';
	}

	private static void row(Writer out, char separator, List<String> cells) throws IOException {
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

	private String text(Language language, String key) {
		return Markup.plain(messages.get(language, key, Map.of()));
	}

}
