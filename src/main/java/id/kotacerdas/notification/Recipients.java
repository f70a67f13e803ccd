package id.kotacerdas.notification;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.UserAccount;
import id.kotacerdas.security.UserAccountsApi;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is concerned with a region: its enabled operators and its panel's enabled assessors. */
@Component
class Recipients {

    private final UserAccountsApi accounts;
    private final AssessmentApi assessment;
    private final RegionApi regions;

    Recipients(UserAccountsApi accounts, AssessmentApi assessment, RegionApi regions) {
        this.accounts = accounts;
        this.assessment = assessment;
        this.regions = regions;
    }

    List<UserAccount> operatorsOf(String region) {
        return accounts.operatorsOf(region);
    }

    List<UserAccount> panelOf(int year, String region) {
        return enabled(assessment.panelMembers(year, region));
    }

    /** The enabled accounts among the usernames, in their order. */
    List<UserAccount> enabled(Collection<String> usernames) {
        return usernames.stream()
                .map(accounts::find)
                .flatMap(Optional::stream)
                .filter(UserAccount::enabled)
                .toList();
    }

    /** The region's operators and then its panel, each once. */
    List<UserAccount> concernedWith(int year, String region) {
        Map<String, UserAccount> all = new LinkedHashMap<>();
        operatorsOf(region).forEach(a -> all.put(a.username(), a));
        panelOf(year, region).forEach(a -> all.putIfAbsent(a.username(), a));
        return List.copyOf(all.values());
    }

    /** The region's name: {@code Kabupaten Badung}. */
    String regionName(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }
}
