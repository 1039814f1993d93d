package jp.skilldev.portal;

import java.time.LocalDate;

/** One dated step of a case's timeline (処理経過). */
public record TimelineStep(LocalDate on, Bilingual step, String note) {
}
