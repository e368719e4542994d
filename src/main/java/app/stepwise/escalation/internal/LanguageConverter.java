package app.stepwise.escalation.internal;

import app.stepwise.i18n.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language by its tag. */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language attribute) {
		return attribute.tag();
	}

	@Override
	public Language convertToEntityAttribute(String dbData) {
		return Language.byTag(dbData).orElse(Language.ENGLISH);
	}

}
