package jp.skilldev.designation;

import java.time.LocalDate;

/** The facts of an application that the automatic criteria checks look at. */
public record CourseFacts(CourseTier tier, int trainingHours, int durationMonths, DeliveryMode deliveryMode,
                          String targetQualification, LocalDate trackRecordSince, String facilityManager,
                          String complaintsOfficer) {
}
