package app.stepwise.floor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's floor: the least a Vaadin application on Spring Boot can be, in
 * Vaadin's Lumo theme as Stepwise is.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class FloorApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

}
