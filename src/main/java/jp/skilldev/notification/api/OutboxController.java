package jp.skilldev.notification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import jp.skilldev.notification.Outbox;
import jp.skilldev.notification.OutboxMessage;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff only: what the application has sent or will send, so that a demo can read its mail. */
@RestController
@RequestMapping("/api/admin/outbox")
@Validated
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxMessage> list(@RequestParam(required = false) @Pattern(regexp = "PENDING|SENT|FAILED") String status,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return outbox.list(status, page, size);
    }
}
