package jp.skilldev.subsidy;

import java.math.BigDecimal;

/** A rule value that differs by company size: SME first, large company second, as in the seed tables. */
public record BySize(BigDecimal sme, BigDecimal large) {

    public BySize {
        if (sme == null || large == null) {
            throw new IllegalArgumentException("a value by company size needs both 'sme' and 'large'");
        }
    }

    public BigDecimal of(CompanySize size) {
        return size == CompanySize.SME ? sme : large;
    }
}
