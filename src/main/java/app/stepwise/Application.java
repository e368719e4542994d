package app.stepwise;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application, and its app shell: the stylesheets every page loads, and the web
 * components the production bundle must hold although no screen's code names them.
 *
 * <p>
 * The production bundle holds the web components Vaadin finds by following the code from
 * each screen; it cannot follow a Spring bean behind an extension point, and the request
 * form reaches the escalate outcome that way ({@code wizard.ui.EscalationSlot}). Its
 * components are named here with {@code @Uses} (ProductionBundleTest keeps the list
 * complete), which also loads them with the first page; Stepwise's own ones are named on
 * {@code base.ui.MainLayout}, as a dependency from here on {@code base} would close a
 * cycle between the features.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/stepwise.css")
@Uses(Button.class)
@Uses(TextArea.class)
@Uses(TextField.class)
public class Application implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

}
