package jp.skilldev.portal;

/** One line of the dashboard: a case of any lifecycle, where it stands, its next deadline and what to do next. */
public record CaseSummary(Bilingual kind, String reference, String title, Bilingual status, NextDeadline deadline,
                          Bilingual nextAction, String url) {
}
