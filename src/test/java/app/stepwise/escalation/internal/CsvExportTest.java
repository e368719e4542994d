package app.stepwise.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.i18n.Language;
import org.junit.jupiter.api.Test;

class CsvExportTest {

	@Test
	void theSeparatorIsTheOneSpreadsheetsExpectInTheReadersLanguage() {
		assertThat(CsvExport.separatorFor(Language.ENGLISH)).isEqualTo(',');
		assertThat(CsvExport.separatorFor(Language.SWEDISH)).isEqualTo(';');
		assertThat(CsvExport.separatorFor(Language.DANISH)).isEqualTo(';');
		assertThat(CsvExport.separatorFor(Language.NORWEGIAN_BOKMAL)).isEqualTo(';');
		assertThat(CsvExport.separatorFor(Language.SLOVENIAN)).isEqualTo(';');
	}

	@Test
	void aCellWithTheSeparatorOrAQuoteIsQuoted() {
		assertThat(CsvExport.cell("a;b", ';')).isEqualTo("\"a;b\"");
		assertThat(CsvExport.cell("a,b", ';')).isEqualTo("a,b");
		assertThat(CsvExport.cell("say \"hi\"", ',')).isEqualTo("\"say \"\"hi\"\"\"");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(CsvExport.cell("=HYPERLINK(\"x\")", ',')).startsWith("\"'=HYPERLINK");
		assertThat(CsvExport.cell("+1", ',')).isEqualTo("'+1");
		assertThat(CsvExport.cell("@SUM(A1)", ';')).isEqualTo("'@SUM(A1)");
	}

}
