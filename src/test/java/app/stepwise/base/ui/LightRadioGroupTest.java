package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The light radio group writes its buttons as its content, reads the person's choice back
 * as the item, and relabels buttons already shown without losing the choice.
 */
class LightRadioGroupTest {

	private enum Colour {

		RED, GREEN, BLUE

	}

	private final LightRadioGroup<Colour> group = new LightRadioGroup<>();

	@AfterEach
	void closeTheUi() {
		MockVaadin.tearDown();
	}

	/** The scripts the next response would carry. */
	private static List<String> scriptsSent(UI ui) {
		ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
		return ui.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters())
			.toList();
	}

	private List<Element> buttons() {
		return Jsoup.parseBodyFragment(group.getElement().getProperty("innerHTML")).select("vaadin-radio-button");
	}

	@Test
	void eachChoiceIsARadioButtonWithItsPositionAndLabelInOneElement() {
		group.setItems(Colour.values());
		group.setItemLabelGenerator(c -> c == Colour.GREEN ? "<b onclick=\"x\">green</b> & \"more\"" : c.name());

		assertThat(buttons()).extracting(b -> b.attr("value")).containsExactly("0", "1", "2");
		assertThat(buttons().get(1).attr("label")).isEqualTo("<b onclick=\"x\">green</b> & \"more\"");
		assertThat(buttons()).allSatisfy(b -> assertThat(b.attributes().size()).isEqualTo(2));
		assertThat(buttons()).allSatisfy(b -> assertThat(b.childNodeSize()).isZero());
		assertThat(group.getElement().getChildCount()).isZero();
	}

	@Test
	void aValueSetOnTheServerIsShownAsItsPosition() {
		group.setItems(Colour.values());

		group.setValue(Colour.BLUE);

		assertThat(group.getElement().getProperty("value")).isEqualTo("2");
	}

	@Test
	void aChoiceInTheBrowserBecomesTheItemAndIsReportedAsTheUsers() {
		group.setItems(Colour.values());
		List<Colour> chosen = new ArrayList<>();
		group.addValueChangeListener(e -> chosen.add(e.getValue()));

		group.getElement().setProperty("value", "1");

		assertThat(group.getValue()).isEqualTo(Colour.GREEN);
		assertThat(chosen).containsExactly(Colour.GREEN);
	}

	@Test
	void aPositionThatIsNoChoiceIsNoValue() {
		group.setItems(Colour.values());
		group.setValue(Colour.RED);

		group.getElement().setProperty("value", "7");
		assertThat(group.getValue()).isNull();

		group.getElement().setProperty("value", "<b>");
		assertThat(group.getValue()).isNull();
	}

	@Test
	void newLabelsForButtonsTheBrowserShowsGoAsAScriptAndTheChoiceStays() {
		MockVaadin.setup();
		UI ui = UI.getCurrent();
		group.setItems(Colour.values());
		group.setItemLabelGenerator(Colour::name);
		ui.add(group);
		scriptsSent(ui);
		group.setValue(Colour.GREEN);
		String shown = group.getElement().getProperty("innerHTML");

		group.setItemLabelGenerator(c -> c.name().toLowerCase());

		// Writing the content again would take the checked button away, and the
		// browser's group its value with it.
		assertThat(group.getElement().getProperty("innerHTML")).isEqualTo(shown);
		assertThat(scriptsSent(ui)).singleElement()
			.satisfies(script -> assertThat(script).contains("button.label = $0[i]", "[\"red\",\"green\",\"blue\"]"));
		assertThat(group.getValue()).isEqualTo(Colour.GREEN);

		ui.remove(group);
		ui.add(group);

		assertThat(buttons()).extracting(b -> b.attr("label")).containsExactly("red", "green", "blue");
	}

	@Test
	void labelsForAGroupNotYetShownAreWrittenAsItsContentWithoutAScript() {
		MockVaadin.setup();
		UI ui = UI.getCurrent();
		group.setItems(Colour.values());
		ui.add(group);

		group.setItemLabelGenerator(c -> "x-" + c.ordinal());

		assertThat(buttons()).extracting(b -> b.attr("label")).containsExactly("x-0", "x-1", "x-2");
		assertThat(scriptsSent(ui)).isEmpty();
	}

	@Test
	void itsNameForScreenReadersIsTheFieldsAccessibleName() {
		group.setAriaLabel("Contact");

		assertThat(group.getElement().getProperty("accessibleName")).isEqualTo("Contact");
		assertThat(group.getAriaLabel()).contains("Contact");
	}

}
