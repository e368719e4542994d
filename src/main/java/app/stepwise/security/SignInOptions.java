package app.stepwise.security;

/**
 * What the sign-in screen offers.
 *
 * @param mode the form, or OpenID Connect
 * @param demoUsers whether the development demo users exist (the screen names them)
 * @param oidcStart where OpenID Connect sign-in starts, relative to the application root
 */
public record SignInOptions(SecuritySettings.SignIn mode, boolean demoUsers, String oidcStart) {
}
