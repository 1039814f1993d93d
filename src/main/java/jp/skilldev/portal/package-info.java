/**
 * The applicant portal (申請者ポータル): server-rendered pages for training providers, employers and
 * workers. It reads and writes through the lifecycle modules' public services; no lifecycle depends on it.
 */
package jp.skilldev.portal;
