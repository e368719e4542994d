package app.stepwise.tenant;

import java.util.List;

/**
 * The users whose name or sign-in name starts with what was typed, at most
 * {@link #LIMIT}; on any status but OK the note says why there are none.
 */
public record UserSearch(CheckStatus status, Finding note, List<UserMatch> users) {

	/** The most users one search returns. */
	public static final int LIMIT = 10;

	public UserSearch {
		users = List.copyOf(users);
	}

}
