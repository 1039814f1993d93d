package jp.skilldev.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.skilldev.subsidy.Industry;

/** An employer's establishment (事業所); the same limits as the subsidy API's request. */
public class EstablishmentForm {

    @NotBlank(message = Messages.REQUIRED)
    @Size(max = 200, message = Messages.TOO_LONG)
    private String name;
    @NotNull(message = Messages.CHOOSE)
    private Industry industry;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @PositiveOrZero(message = Messages.ZERO_OR_MORE)
    private Long capitalYen;
    @NotNull(message = Messages.REQUIRED_NUMBER)
    @PositiveOrZero(message = Messages.ZERO_OR_MORE)
    @Max(value = 100_000_000, message = Messages.TOO_LARGE)
    private Integer regularEmployees;
    @NotBlank(message = Messages.REQUIRED)
    @Pattern(regexp = "[0-9-]{4,32}", message = "数字とハイフン（4〜32文字）で入力してください。 / Digits and hyphens, 4 to 32 characters.")
    private String insuranceOfficeNumber;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry industry) { this.industry = industry; }
    public Long getCapitalYen() { return capitalYen; }
    public void setCapitalYen(Long capitalYen) { this.capitalYen = capitalYen; }
    public Integer getRegularEmployees() { return regularEmployees; }
    public void setRegularEmployees(Integer regularEmployees) { this.regularEmployees = regularEmployees; }
    public String getInsuranceOfficeNumber() { return insuranceOfficeNumber; }
    public void setInsuranceOfficeNumber(String value) { this.insuranceOfficeNumber = value; }
}
