package app.stepwise.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** One route, one button; a press changes one text. */
@Route("")
@PageTitle("Floor")
class FloorView extends Div {

	private int presses;

	FloorView() {
		Span count = new Span();
		count.setId("count");
		Button press = new Button("Press", e -> count.setText("Pressed " + ++presses + " times"));
		press.setId("press");
		add(press, count);
	}

}
