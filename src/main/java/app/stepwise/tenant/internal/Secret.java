package app.stepwise.tenant.internal;

/**
 * A secret from configuration: a client secret or a certificate file's password. It shows
 * as {@code ******} wherever it is printed, so that no log line, error or screen can show
 * it by accident; only the token request reads its value.
 */
final class Secret {

	private final String value;

	Secret(String value) {
		this.value = value;
	}

	String reveal() {
		return value;
	}

	@Override
	public String toString() {
		return "******";
	}

}
