package id.kotacerdas.assessment;

import id.kotacerdas.security.UserAccount;
import id.kotacerdas.security.UserAccountsApi;
import java.util.List;
import org.springframework.stereotype.Component;

/** A region's findings as stored, each signed with its assessor's name and affiliation. */
@Component
class SignedFindings {

    private final PanelRecordsRepository records;
    private final UserAccountsApi accounts;

    SignedFindings(PanelRecordsRepository records, UserAccountsApi accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    List<FindingView> of(int year, String region) {
        return records.findings(year, region).stream()
                .map(f -> {
                    UserAccount a = accounts.find(f.assessor()).orElseThrow();
                    return new FindingView(
                            f.id(), f.kind(), f.text(), f.assessor(), a.fullName(), a.affiliation(), f.createdAt());
                })
                .toList();
    }
}
