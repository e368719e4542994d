package app.stepwise.insight.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.flow.FlowDefinition;
import app.stepwise.i18n.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The map as SVG: well-formed, an image with a title and a description, every text
 * escaped, and the traffic shown as thickness and as numbers.
 */
class MapSvgTest {

	private static final String HOSTILE = "<script>alert('x')</script><a href=\"javascript:alert(1)\">&amp;\u0007";

	private static final MapCounts NO_RUNS = new MapCounts() {
		@Override
		public long taken(String stepId, String answerId) {
			return 0;
		}

		@Override
		public long stoppedAt(String stepId) {
			return 0;
		}
	};

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document document) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	@Test
	void labelsWithMarkupAreShownAsTextNeverAsMarkup() throws Exception {
		FlowDefinition flow = MapFixtures.catalog().get("unlock-account");
		MapTexts hostile = (key, arguments) -> HOSTILE;
		LaidOutMap map = MapLayout.layout(FlowGraph.of(flow), hostile, Set.of("symptom"));

		String svg = MapSvg.render(map, NO_RUNS, hostile, HOSTILE, HOSTILE);

		assertThat(svg).doesNotContain("<script", "<a ", "\u0007").contains("&lt;script&gt;alert(&#39;x&#39;)");
		Document document = parse(svg);
		assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(document.getElementsByTagNameNS("*", "a").getLength()).isZero();
		String shown = HOSTILE.replace('\u0007', '\uFFFD');
		assertThat(document.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(shown);
		// Lines are pieces of the label as wrapped: together they hold it and nothing
		// else.
		assertThat(texts(document)).isNotEmpty()
			.allSatisfy(text -> assertThat(shown).contains(text.replace("…", "").replace("⚠", "").strip()));
	}

	@Test
	void theDrawingIsAnImageWithATitleAndADescription() throws Exception {
		FlowDefinition flow = MapFixtures.catalog().get("reset-passwords");
		MapTexts texts = MapFixtures.texts(Language.NORWEGIAN_BOKMAL);
		LaidOutMap map = MapLayout.layout(FlowGraph.of(flow), texts, Set.of());

		Element svg = parse(MapSvg.render(map, NO_RUNS, texts, "Kart over flyten", "16 trinn")).getDocumentElement();

		assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(MapSvg.TITLE_ID);
		assertThat(svg.getAttribute("aria-describedby")).isEqualTo(MapSvg.DESCRIPTION_ID);
		Node title = svg.getElementsByTagNameNS("*", "title").item(0);
		assertThat(title.getTextContent()).isEqualTo("Kart over flyten");
		assertThat(((Element) title).getAttribute("id")).isEqualTo(MapSvg.TITLE_ID);
		assertThat(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isEqualTo("16 trinn");
		assertThat(texts(svg.getOwnerDocument())).contains(texts.get("ui.flow-map.kind.question"),
				texts.get("ui.flow-map.kind.resolved"));
	}

	@Test
	void busierAnswersAreDrawnThickerAndEveryCountIsWrittenOut() throws Exception {
		FlowDefinition flow = MapFixtures.catalog().get("compromise-response");
		MapTexts texts = MapFixtures.texts(Language.ENGLISH);
		LaidOutMap map = MapLayout.layout(FlowGraph.of(flow), texts, Set.of());
		MapCounts counts = new MapCounts() {
			@Override
			public long taken(String stepId, String answerId) {
				return switch (stepId + "/" + answerId) {
					case "look-for-signs/found-signs" -> 40;
					case "look-for-signs/no-signs" -> 10;
					default -> 0;
				};
			}

			@Override
			public long stoppedAt(String stepId) {
				return stepId.equals("no-compromise") ? 7 : 0;
			}
		};

		Document document = parse(MapSvg.render(map, counts, texts, "t", "d"));

		assertThat(strokeWidth(document, "look-for-signs/found-signs"))
			.isGreaterThan(strokeWidth(document, "look-for-signs/no-signs"));
		assertThat(strokeWidth(document, "look-for-signs/no-signs"))
			.isGreaterThan(strokeWidth(document, "secure-anyway/stop"));
		assertThat(texts(document)).contains("40 runs", "10 runs", "0 runs", "Ended here: 7", "Abandoned here: 0");
	}

	private static double strokeWidth(Document document, String edgeId) {
		NodeList paths = document.getElementsByTagNameNS("*", "path");
		for (int i = 0; i < paths.getLength(); i++) {
			Element path = (Element) paths.item(i);
			if (edgeId.equals(path.getAttribute("data-edge"))) {
				return Double.parseDouble(path.getAttribute("stroke-width"));
			}
		}
		throw new AssertionError("No edge " + edgeId);
	}

}
