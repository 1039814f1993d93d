package jp.skilldev.portal;

/** One choice of a select box or a group of check boxes: the submitted value and what the user reads. */
record Option(String value, Bilingual label) {
}
