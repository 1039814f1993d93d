package jp.skilldev.web;

/** A record that does not exist, or that the caller may not see: both answer 404 so that ids leak nothing. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
