package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The light select hands the browser its choices as data and reads the person's choice
 * back as the item, without a component per item.
 */
class LightSelectTest {

	private enum Colour {

		RED, GREEN, BLUE

	}

	private final LightSelect<Colour> select = new LightSelect<>();

	@Test
	void theBrowserGetsEachChoiceAsALabelAndAPosition() {
		select.setItems(Colour.values());
		select.setItemLabelGenerator(c -> c.name().toLowerCase());

		JsonNode items = (JsonNode) select.getElement().getPropertyRaw("items");

		assertThat(items).hasSize(3);
		assertThat(items.get(1).get("label").asString()).isEqualTo("green");
		assertThat(items.get(1).get("value").asString()).isEqualTo("1");
		assertThat(select.getElement().getChildCount()).isZero();
	}

	@Test
	void newLabelsAreSentWhenTheLanguageChanges() {
		select.setItems(Colour.values());
		select.setItemLabelGenerator(c -> "x-" + c.ordinal());

		JsonNode items = (JsonNode) select.getElement().getPropertyRaw("items");

		assertThat(items.get(2).get("label").asString()).isEqualTo("x-2");
	}

	@Test
	void selectsWithTheSameChoicesShareOneListOfItems() {
		LightSelect<Colour> other = new LightSelect<>();
		for (LightSelect<Colour> each : List.of(select, other)) {
			each.setItems(Colour.values());
			each.setItemLabelGenerator(c -> "shared-" + c.name());
		}

		assertThat(other.getElement().getPropertyRaw("items")).isSameAs(select.getElement().getPropertyRaw("items"));
	}

	@Test
	void aValueSetOnTheServerIsShownAsItsPosition() {
		select.setItems(Colour.values());

		select.setValue(Colour.BLUE);

		assertThat(select.getElement().getProperty("value")).isEqualTo("2");
	}

	@Test
	void aChoiceInTheBrowserBecomesTheItemAndIsReportedAsTheUsers() {
		select.setItems(Colour.values());
		List<Colour> chosen = new ArrayList<>();
		select.addValueChangeListener(e -> chosen.add(e.getValue()));

		select.getElement().setProperty("value", "1");

		assertThat(select.getValue()).isEqualTo(Colour.GREEN);
		assertThat(chosen).containsExactly(Colour.GREEN);
	}

	@Test
	void aPositionThatIsNoChoiceIsNoValue() {
		select.setItems(Colour.values());
		select.setValue(Colour.RED);

		select.getElement().setProperty("value", "7");
		assertThat(select.getValue()).isNull();

		select.getElement().setProperty("value", "<b>");
		assertThat(select.getValue()).isNull();
	}

	@Test
	void itsNameForScreenReadersIsTheFieldsAccessibleName() {
		select.setAriaLabel("Language");

		assertThat(select.getElement().getProperty("accessibleName")).isEqualTo("Language");
		assertThat(select.getAriaLabel()).contains("Language");
	}

}
