package jp.skilldev.subsidy;

/** The company size decided from the SME table, with why and from which rule data. */
public record SmeDecision(CompanySize size, String basis, String citation) {

    public boolean sme() {
        return size == CompanySize.SME;
    }
}
