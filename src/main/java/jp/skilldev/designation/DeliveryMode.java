package jp.skilldev.designation;

/** How a course is delivered (実施方法). */
public enum DeliveryMode {
    /** 通学制 — classroom. */
    CLASSROOM,
    /** オンライン — online, live. */
    ONLINE,
    /** 通信制 — correspondence. */
    CORRESPONDENCE
}
