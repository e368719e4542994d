package app.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SafeHtmlTest {

	private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & \u2019";

	@Test
	void textIsShownAsTextWhateverItHolds() {
		String html = new SafeHtml().element("span", "step", HOSTILE).toString();

		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("script, img")).isEmpty();
		assertThat(page.select("span.step")).hasSize(1);
		assertThat(page.select("span.step").text()).isEqualTo(HOSTILE);
		assertThat(html).doesNotContain("<script", "<img", "'x'");
	}

	@Test
	void attributeValuesCannotLeaveTheirQuotes() {
		String html = new SafeHtml().open("a", "href", "x\" onclick=\"alert(1)", "id", "a'b")
			.text("go")
			.close("a")
			.toString();

		org.jsoup.nodes.Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
		assertThat(link).isNotNull();
		assertThat(link.attributes().size()).isEqualTo(2);
		assertThat(link.attr("href")).isEqualTo("x\" onclick=\"alert(1)");
		assertThat(link.attr("id")).isEqualTo("a'b");
	}

	@Test
	void tagAndAttributeNamesAreTheCodesOwn() {
		assertThatThrownBy(() -> new SafeHtml().open("img src=x onerror=alert(1)"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SafeHtml().open("a", "onclick=\"x\" href", "y"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SafeHtml().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyTagsAndAttributesThatNeitherRunNorLoadAnythingAreWritten() {
		for (String tag : new String[] { "script", "img", "iframe", "svg", "style", "div" }) {
			assertThatThrownBy(() -> new SafeHtml().open(tag)).as(tag).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new SafeHtml().close(tag)).as(tag).isInstanceOf(IllegalArgumentException.class);
		}
		for (String attribute : new String[] { "onclick", "onerror", "style", "src", "srcdoc", "formaction" }) {
			assertThatThrownBy(() -> new SafeHtml().open("vaadin-radio-button", attribute, "x")).as(attribute)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void linksGoWithinTheApplicationOrToWebPagesOnly() {
		for (String address : new String[] { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
				"java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)" }) {
			assertThatThrownBy(() -> new SafeHtml().open("a", "href", address)).as(address)
				.isInstanceOf(IllegalArgumentException.class);
		}
		for (String address : new String[] { "flow/unlock-account/reset-password?path=a.b", "my-runs/7#x:y",
				"https://go.microsoft.com/fwlink/p/?linkid=834822", "http://intranet.example/help" }) {
			String html = new SafeHtml().open("a", "href", address).close("a").toString();
			assertThat(Jsoup.parseBodyFragment(html).selectFirst("a").attr("href")).as(address).isEqualTo(address);
		}
	}

	@Test
	void aRadioButtonsValueAndLabelAreTextWhateverTheyHold() {
		String html = new SafeHtml().open("vaadin-radio-button", "value", "1\" onclick=\"x", "label", HOSTILE)
			.close("vaadin-radio-button")
			.toString();

		Document page = Jsoup.parseBodyFragment(html);
		org.jsoup.nodes.Element button = page.selectFirst("vaadin-radio-button");
		assertThat(page.select("script, img")).isEmpty();
		assertThat(button).isNotNull();
		assertThat(button.attributes().size()).isEqualTo(2);
		assertThat(button.attr("label")).isEqualTo(HOSTILE);
		assertThat(button.attr("value")).isEqualTo("1\" onclick=\"x");
	}

	@Test
	void markedTextBecomesStrongAndNothingElse() {
		String html = new SafeHtml().markup("Open **Users › Active <users>** and ** alone").toString();

		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("strong")).hasSize(1);
		assertThat(page.select("strong").text()).isEqualTo("Users › Active <users>");
		assertThat(page.body().text()).isEqualTo("Open Users › Active <users> and ** alone");
	}

	@Test
	void whatWasWrittenBecomesTheElementsContent() {
		Element list = new Element("ol");

		new SafeHtml().element("li", "done", "one").writeInto(list);

		assertThat(list.getProperty("innerHTML")).isEqualTo("<li class=\"done\">one</li>");
	}

}
