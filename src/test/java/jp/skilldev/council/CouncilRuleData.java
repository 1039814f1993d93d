package jp.skilldev.council;

import java.io.InputStream;
import java.util.List;
import jp.skilldev.ruledata.RuleBook;

/** The module's real rule tables, read as the application reads them, for plain unit tests. */
final class CouncilRuleData {

    private CouncilRuleData() {
    }

    static RuleBook ruleBook() {
        return new RuleBook(List.of(read("council-pdca"), read("council-targets"), read("council-cycle")));
    }

    private static jp.skilldev.ruledata.RuleTable read(String table) {
        String path = "/ruledata/tables/" + table + ".yaml";
        try (InputStream in = CouncilRuleData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing");
            }
            return RuleBook.read(path, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
