package app.stepwise.flow;

import app.stepwise.flow.internal.FlowLoader;
import app.stepwise.flow.internal.FlowSource;
import app.stepwise.i18n.MessageBundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the flows at start-up. An invalid flow stops the application with the list of
 * every problem found.
 */
@Configuration(proxyBeanMethods = false)
class FlowConfiguration {

	static final String LOCATION = "classpath:flows/";

	@Bean
	FlowCatalog flowCatalog(MessageBundles bundles, @Value("${stepwise.links.allowed-hosts}") List<String> allowedHosts)
			throws IOException {
		var resolver = new PathMatchingResourcePatternResolver(FlowConfiguration.class.getClassLoader());
		List<FlowSource> flows = new ArrayList<>();
		FlowSource links = null;
		Resource[] resources = resolver.getResources(LOCATION + "*.yaml");
		Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
		for (Resource resource : resources) {
			FlowSource source = new FlowSource("flows/" + resource.getFilename(),
					resource.getContentAsString(StandardCharsets.UTF_8));
			if (FlowLoader.LINK_FILE.equals(resource.getFilename())) {
				links = source;
			}
			else {
				flows.add(source);
			}
		}
		if (links == null) {
			links = new FlowSource("flows/" + FlowLoader.LINK_FILE, "links: []");
		}
		return new FlowLoader(allowedHosts, bundles.keysByBundleFile()).load(links, flows);
	}

}
