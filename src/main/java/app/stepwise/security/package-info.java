/**
 * Who may use Stepwise: sign-in (users from configuration, or OpenID Connect with
 * Microsoft Entra ID), roles, sessions, security headers and the audit of sign-ins.
 */
@NullMarked
package app.stepwise.security;

import org.jspecify.annotations.NullMarked;
