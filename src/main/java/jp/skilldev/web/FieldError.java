package jp.skilldev.web;

/** One refused input: which field, which rule it broke, and a sentence a person can act on. */
public record FieldError(String field, String rule, String message) {
}
