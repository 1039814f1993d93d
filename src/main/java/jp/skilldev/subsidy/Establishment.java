package jp.skilldev.subsidy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 事業所 — an employer's employment-insurance-covered establishment (雇用保険適用事業所). */
@Entity
@Table(name = "subsidy_establishment")
public class Establishment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String owner;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;

    @Column(name = "capital_yen", nullable = false)
    private long capitalYen;

    @Column(name = "regular_employees", nullable = false)
    private int regularEmployees;

    @Column(name = "insurance_office_number", nullable = false)
    private String insuranceOfficeNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Establishment() {
    }

    public Establishment(String owner, String name, Industry industry, long capitalYen, int regularEmployees,
                         String insuranceOfficeNumber, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.industry = industry;
        this.capitalYen = capitalYen;
        this.regularEmployees = regularEmployees;
        this.insuranceOfficeNumber = insuranceOfficeNumber;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public long getCapitalYen() {
        return capitalYen;
    }

    public int getRegularEmployees() {
        return regularEmployees;
    }

    public String getInsuranceOfficeNumber() {
        return insuranceOfficeNumber;
    }
}
