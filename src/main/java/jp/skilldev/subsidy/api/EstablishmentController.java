package jp.skilldev.subsidy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import jp.skilldev.subsidy.Establishment;
import jp.skilldev.subsidy.Industry;
import jp.skilldev.subsidy.SubsidyPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An employer's establishments (事業所): register, list own, read own. */
@RestController
class EstablishmentController {

    private final SubsidyPlans plans;

    EstablishmentController(SubsidyPlans plans) {
        this.plans = plans;
    }

    record EstablishmentRequest(@NotBlank @Size(max = 200) String name, @NotNull Industry industry,
                                @NotNull @PositiveOrZero Long capitalYen,
                                @NotNull @PositiveOrZero @Max(100_000_000) Integer regularEmployees,
                                @NotBlank @Pattern(regexp = "[0-9-]{4,32}", message = "digits and hyphens, 4 to 32 characters")
                                String insuranceOfficeNumber) {
    }

    record EstablishmentResponse(long id, String name, Industry industry, long capitalYen, int regularEmployees,
                                 String insuranceOfficeNumber) {

        static EstablishmentResponse of(Establishment e) {
            return new EstablishmentResponse(e.getId(), e.getName(), e.getIndustry(), e.getCapitalYen(),
                    e.getRegularEmployees(), e.getInsuranceOfficeNumber());
        }
    }

    @PostMapping("/api/establishments")
    ResponseEntity<EstablishmentResponse> register(@Valid @RequestBody EstablishmentRequest request) {
        Establishment e = plans.register(request.name(), request.industry(), request.capitalYen(),
                request.regularEmployees(), request.insuranceOfficeNumber());
        return ResponseEntity.created(URI.create("/api/establishments/" + e.getId())).body(EstablishmentResponse.of(e));
    }

    @GetMapping("/api/establishments")
    List<EstablishmentResponse> own() {
        return plans.ownEstablishments().stream().map(EstablishmentResponse::of).toList();
    }

    @GetMapping("/api/establishments/{id}")
    EstablishmentResponse one(@PathVariable long id) {
        return EstablishmentResponse.of(plans.ownEstablishment(id));
    }
}
