package jp.skilldev.security;

/** Spring Security role names: the three applicant roles, plus staff and administrators from Camunda. */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
