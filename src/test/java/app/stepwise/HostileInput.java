package app.stepwise;

import java.util.List;

/**
 * What an attacker, or a mangled link, puts into addresses and fields: markup and script,
 * event handlers, {@code javascript:} links, SQL, template and path tricks, control and
 * invisible characters, right-to-left overrides, and sheer size.
 */
public final class HostileInput {

	/** One megabyte of text. */
	public static final String ONE_MEGABYTE = "A".repeat(1 << 20);

	/** Values that are valid text (they can be percent-encoded into an address). */
	public static final List<String> VALUES = List.of("<script>alert('xss')</script>",
			"\"><img src=x onerror=alert(document.cookie)>", "' onmouseover='alert(1)' x='",
			"javascript:alert(document.domain)", "<svg/onload=alert(1)>", "<iframe src=//evil.example>",
			"'; DROP TABLE support_request; --", "1' OR '1'='1", "admin'/*", "{{7*7}}${7*7}#{7*7}",
			"../../../../etc/passwd", "..\\..\\windows\\win.ini", "\u0000\u0007\r\n\t\u001b[31mred",
			"\u202Egnp.exe\u202C", "\u200B\u2066\u2069\uFEFF", "unlock-account\u0000.solved", "%ZZ%E0%A4%A", "\uD800",
			"ｕｎｌｏｃｋ－ａｃｃｏｕｎｔ", "x".repeat(7_000), ONE_MEGABYTE);

	/**
	 * Percent-escapes as they may appear in an address that no browser would send:
	 * malformed escapes, invalid and overlong UTF-8, encoded NUL and line breaks.
	 */
	public static final List<String> RAW_ESCAPES = List.of("%ZZ", "%E0%A4%A", "%C0%AF", "%FF%FE", "%C3%28", "%ED%A0%80",
			"%00", "%0D%0ASet-Cookie:%20evil=1", "%", "%%32%65");

	/** Pieces of the values above that must never reach a page as markup. */
	public static final List<String> MARKUP = List.of("<script>alert", "<img src=x", "onerror=alert", "<svg/onload",
			"onload=alert", "<iframe src=//evil", "onmouseover='alert");

	private HostileInput() {
	}

	/** A short label for a value, for test messages. */
	public static String label(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
		return shown.replaceAll("\\p{Cntrl}", "?");
	}

}
