package app.stepwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are the packages right under {@code app.stepwise}; their sub-packages are
 * their own unless they declare a named interface. These checks keep it so.
 */
class ModuleStructureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.stepwise");

	@Test
	void featuresDependWithoutCyclesAndOnlyOnWhatOthersExpose() {
		ApplicationModules.of(Application.class).verify();
	}

	@Test
	void theFlowEngineKnowsNothingOfScreensOrOtherFeatures() {
		noClasses().that()
			.resideInAPackage("app.stepwise.flow..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.vaadin..", "app.stepwise.wizard..", "app.stepwise.escalation..",
					"app.stepwise.support..", "app.stepwise.security..")
			.check(CLASSES);
	}

	@Test
	void theFlowEngineOnlyNamesTenantChecksAndNeverTalksHttp() {
		noClasses().that()
			.resideInAPackage("app.stepwise.flow..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.stepwise.tenant..", "java.net.http..", "org.springframework.web.client..",
					"org.springframework.http..")
			.check(CLASSES);
	}

}
