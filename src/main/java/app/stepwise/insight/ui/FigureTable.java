package app.stepwise.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A figure as a table: a caption, column headers, and rows whose first cell heads the
 * row, so that a screen reader names both the row and the column of every number.
 */
final class FigureTable {

	private FigureTable() {
	}

	static NativeTable of(String id, String caption, List<String> headers, List<List<Component>> rows) {
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
		return table;
	}

	static Component text(String text) {
		return new Span(text);
	}

}
