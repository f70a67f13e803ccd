package id.kotacerdas.survey.domain;

/**
 * One statement of the citizen survey: the instrument question it measures (docs/method.md, questions 50-103),
 * the sub-dimension it belongs to and the plain-language statement a respondent rates from 1 to 4.
 *
 * @param no the instrument question number the answers score
 * @param subDimension the sub-dimension's name, e.g. "Layanan Publik"
 * @param statement the statement in Bahasa Indonesia
 * @param statementEn the statement in English, or null to show the Indonesian one
 */
public record SurveyQuestion(int no, String subDimension, String statement, String statementEn) {

    /** The statement in the reader's language, Indonesian when no translation exists. */
    public String statementIn(String language) {
        return "en".equals(language) && statementEn != null ? statementEn : statement;
    }
}
