package app.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;

/**
 * A screen's grid columns whose headers are messages: each column is named with its key
 * where it is added, and all headers are set again in the reader's language on a change
 * of language, instead of a field per column and a line per header.
 */
public final class ColumnHeaders {

	private record Header(Grid.Column<?> column, String key) {
	}

	private final List<Header> headers = new ArrayList<>();

	/** The column, whose header will be the message with this key. */
	public <T> Grid.Column<T> add(String key, Grid.Column<T> column) {
		headers.add(new Header(column, key));
		return column;
	}

	/** Sets every header in the language of the screen they are on. */
	public void translate(Component screen) {
		for (Header header : headers) {
			header.column().setHeader(screen.getTranslation(header.key()));
		}
	}

}
