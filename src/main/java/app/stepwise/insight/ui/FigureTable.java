package app.stepwise.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A figure as a table: a caption, column headers, and rows whose first cell heads the
 * row, so that a screen reader names both the row and the column of every number. The
 * table sits in a frame of its own that scrolls sideways when the table is wider than the
 * screen (a phone, 400% zoom), so that the page does not; the frame can be focused and
 * scrolled with the keyboard and is named as the table is.
 */
final class FigureTable {

	private FigureTable() {
	}

	static Component of(String id, String caption, List<String> headers, List<List<Component>> rows) {
		NativeTable table = new NativeTable();
		table.setId(id);
		table.addClassName("insight-table");
		table.setCaptionText(caption);
		NativeTableRow head = table.getHead().addRow();
		for (String header : headers) {
			NativeTableHeaderCell cell = head.addHeaderCell();
			cell.setText(header);
			cell.getElement().setAttribute("scope", "col");
		}
		for (List<Component> cells : rows) {
			NativeTableRow row = table.getBody().addRow();
			for (int i = 0; i < cells.size(); i++) {
				if (i == 0) {
					NativeTableHeaderCell cell = row.addHeaderCell();
					cell.add(cells.get(i));
					cell.getElement().setAttribute("scope", "row");
				}
				else {
					NativeTableCell cell = row.addDataCell();
					cell.add(cells.get(i));
					cell.addClassName("insight-number");
				}
			}
		}
		Div frame = new Div(table);
		frame.addClassName("insight-table-frame");
		frame.getElement().setAttribute("role", "region");
		frame.getElement().setAttribute("aria-label", caption);
		frame.getElement().setAttribute("tabindex", "0");
		return frame;
	}

	static Component text(String text) {
		return new Span(text);
	}

}
