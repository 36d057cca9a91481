package com.safetycredit.ledger.contracts.events.practitioner;

import com.safetycredit.ledger.contracts.events.LedgerEvent;
import com.safetycredit.ledger.contracts.events.PractitionerFact;
import java.time.LocalDate;
import java.util.List;

/**
 * The person's key was destroyed on a lawful request (个人信息保护法 第四十七条): every sealed value under
 * {@code keyId} is erased — shown as 已删除 by every reader — while the events holding them, and the hash
 * chain over them, stay exactly as they were.
 *
 * @param fields    the personal fields erased, as named in the person's events
 * @param requestNo the reference of the request or decision the erasure answers
 * @param reason    why, as the administrator recorded it (no personal data)
 */
@LedgerEvent(name = "PersonalDataErased", revision = 1)
public record PersonalDataErased(
        String registrationNo, String keyId, List<String> fields, String requestNo, String reason, LocalDate erasedOn)
        implements PractitionerFact {

    public PersonalDataErased {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public LocalDate validOn() {
        return erasedOn;
    }
}
