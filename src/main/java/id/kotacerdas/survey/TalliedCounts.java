package id.kotacerdas.survey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The counted responses of every region's smart dimensions as last tallied, read once per period and kept for
 * {@code kc.survey.aggregate-every} (a second): what the public form shows as complete. The tallies are that much
 * behind anyway, and every form fetch asks; the quota itself is enforced where the answers are stored. Forgotten
 * at once when this instance moves the tallies.
 */
@Component
class TalliedCounts {

    private final JdbcClient jdbc;
    private final Cache<Integer, Map<SurveyTallies.Key, Integer>> counted;

    TalliedCounts(JdbcClient jdbc, @Value("${kc.survey.aggregate-every:1s}") Duration keptFor) {
        this.jdbc = jdbc;
        this.counted =
                Caffeine.newBuilder().maximumSize(64).expireAfterWrite(keptFor).build();
    }

    int counted(int year, String region, String dimension) {
        return counted.get(year, this::read).getOrDefault(new SurveyTallies.Key(region, dimension), 0);
    }

    /** After the tallies moved: at once, or when the caller's transaction commits. */
    void forget() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counted.invalidateAll();
                }
            });
        } else {
            counted.invalidateAll();
        }
    }

    private Map<SurveyTallies.Key, Integer> read(int year) {
        Map<SurveyTallies.Key, Integer> result = new HashMap<>();
        jdbc.sql("select region_code, dimension, counted from survey_tally where year = ?")
                .param(year)
                .query(rs -> {
                    result.put(
                            new SurveyTallies.Key(rs.getString("region_code"), rs.getString("dimension")),
                            rs.getInt("counted"));
                });
        return result;
    }
}
