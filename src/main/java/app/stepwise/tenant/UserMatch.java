package app.stepwise.tenant;

/** A user found by the type-ahead search: their sign-in name and display name. */
public record UserMatch(String userPrincipalName, String displayName) {
}
