package app.stepwise.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Marks a class Vaadin's router creates — a route target, the layout, an error screen —
 * as a Spring bean of prototype scope: a new one each time it is asked for, as before.
 *
 * <p>
 * Vaadin's Spring integration first asks the context for a bean of the screen's class and
 * only then creates one as a plain class. A screen that is no bean made Spring throw (and
 * fill the stack trace of) an exception at every navigation, then work out the screen's
 * constructor and its arguments anew; as a declared prototype the lookup succeeds at once
 * and Spring keeps what it worked out. Each screen still gets its own instance, with the
 * same constructor arguments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public @interface Screen {

}
