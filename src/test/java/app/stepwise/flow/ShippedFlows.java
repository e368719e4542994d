package app.stepwise.flow;

import app.stepwise.flow.internal.FlowLoader;
import app.stepwise.flow.internal.FlowSource;
import app.stepwise.i18n.MessageBundles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The flows the application ships, read the same way the application reads them, for
 * tests.
 */
public final class ShippedFlows {

	public static final List<String> ALLOWED_HOSTS = List.of("microsoft.com", "microsoftonline.com",
			"microsoftonline.cn");

	private static FlowCatalog catalog;

	private ShippedFlows() {
	}

	public static synchronized FlowCatalog catalog() {
		if (catalog == null) {
			catalog = loader().load(linkFile(), flowFiles());
		}
		return catalog;
	}

	public static FlowLoader loader() {
		return new FlowLoader(ALLOWED_HOSTS,
				MessageBundles.load(ShippedFlows.class.getClassLoader()).keysByBundleFile());
	}

	public static FlowSource linkFile() {
		return read("flows/" + FlowLoader.LINK_FILE);
	}

	public static List<FlowSource> flowFiles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:flows/*.yaml");
			Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
			List<FlowSource> sources = new ArrayList<>();
			for (Resource r : resources) {
				if (!FlowLoader.LINK_FILE.equals(r.getFilename())) {
					sources
						.add(new FlowSource("flows/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
				}
			}
			return sources;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static FlowSource read(String resource) {
		try {
			Resource r = new PathMatchingResourcePatternResolver().getResource("classpath:" + resource);
			return new FlowSource(resource, r.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
