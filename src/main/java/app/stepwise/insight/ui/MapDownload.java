package app.stepwise.insight.ui;

import app.stepwise.insight.FlowMaps;
import app.stepwise.insight.Traffic;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The flow map as a standalone SVG file, as the screen shows it. */
final class MapDownload {

	private MapDownload() {
	}

	/**
	 * @param flow the flow shown when the download starts
	 * @param traffic the traffic shown with it
	 */
	static DownloadHandler of(FlowMaps maps, Supplier<String> flow, Supplier<Traffic> traffic) {
		return event -> {
			String flowId = flow.get();
			String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ maps.svg(flowId, event.getUI().getLocale(), traffic.get());
			byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
			event.setFileName("stepwise-map-" + flowId + ".svg");
			event.setContentType("image/svg+xml; charset=UTF-8");
			event.setContentLength(bytes.length);
			event.getOutputStream().write(bytes);
		};
	}

}
