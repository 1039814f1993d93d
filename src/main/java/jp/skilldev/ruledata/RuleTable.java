package jp.skilldev.ruledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An effective-dated table of values that the law changes (rates, caps, periods, windows),
 * validated on load: versions ordered by date, no overlaps, no gaps between a closed version and
 * the next one.
 */
public final class RuleTable {

    private final String name;
    private final String description;
    private final List<RuleVersion> versions;

    public RuleTable(String name, String description, List<RuleVersion> versions) {
        this.name = name;
        this.description = description;
        List<RuleVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(RuleVersion::effectiveFrom));
        validate(name, sorted);
        this.versions = List.copyOf(sorted);
    }

    private static void validate(String name, List<RuleVersion> versions) {
        if (versions.isEmpty()) {
            throw new RuleDataException("rule table '" + name + "' has no versions");
        }
        for (int i = 0; i < versions.size(); i++) {
            RuleVersion version = versions.get(i);
            if (version.effectiveFrom() == null) {
                throw new RuleDataException("rule table '" + name + "': a version has no effectiveFrom");
            }
            if (version.values() == null || version.values().isNull()) {
                throw new RuleDataException("rule table '" + name + "': version " + version.effectiveFrom() + " has no values");
            }
            if (version.effectiveUntil() != null && version.effectiveUntil().isBefore(version.effectiveFrom())) {
                throw new RuleDataException("rule table '" + name + "': version " + version.effectiveFrom()
                        + " ends (" + version.effectiveUntil() + ") before it starts");
            }
            if (i == 0) {
                continue;
            }
            RuleVersion previous = versions.get(i - 1);
            if (!previous.effectiveFrom().isBefore(version.effectiveFrom())) {
                throw new RuleDataException("rule table '" + name + "': two versions take effect on " + version.effectiveFrom());
            }
            LocalDate previousUntil = previous.effectiveUntil();
            if (previousUntil != null && !previousUntil.isBefore(version.effectiveFrom())) {
                throw new RuleDataException("rule table '" + name + "': version " + previous.effectiveFrom() + " (until "
                        + previousUntil + ") overlaps version " + version.effectiveFrom());
            }
            if (previousUntil != null && !previousUntil.plusDays(1).equals(version.effectiveFrom())) {
                throw new RuleDataException("rule table '" + name + "': gap between " + previousUntil + " and "
                        + version.effectiveFrom());
            }
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<RuleVersion> versions() {
        return versions;
    }

    /** The version in force on {@code date}; an open version runs until the next one takes effect. */
    public RuleVersion versionOn(LocalDate date) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            RuleVersion version = versions.get(i);
            if (!date.isBefore(version.effectiveFrom())) {
                if (version.effectiveUntil() != null && date.isAfter(version.effectiveUntil())) {
                    break;
                }
                LocalDate until = version.effectiveUntil() != null || i == versions.size() - 1
                        ? version.effectiveUntil()
                        : versions.get(i + 1).effectiveFrom().minusDays(1);
                return new RuleVersion(version.effectiveFrom(), until, version.source(), version.values());
            }
        }
        throw new RuleDataException("rule table '" + name + "' has no version in force on " + date);
    }
}
