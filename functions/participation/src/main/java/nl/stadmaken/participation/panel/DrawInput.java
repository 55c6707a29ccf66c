package nl.stadmaken.participation.panel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the panel was drawn from, kept so that replacements keep the quotas after withdrawals have erased sign-ups, and
 * so that auditors can be given the pool. It holds the panel answers, so it expires with the trajectory's personal data.
 *
 * @param members the pool, pseudonymous
 * @param quotas the quotas as applied, counts zero
 * @param expiresAt when the stored copy is erased
 */
public record DrawInput(List<PoolMember> members, List<DrawRecord.QuotaCount> quotas, int panelSize,
                        boolean oneMemberPerHousehold, String algorithm, Instant expiresAt) {

    public DrawInput {
        members = List.copyOf(members);
        quotas = List.copyOf(quotas);
    }

    /** One pool member: pseudonym, panel answers and household pseudonym (null when households are ignored). */
    public record PoolMember(String id, Map<String, String> features, String household) {
        public PoolMember {
            features = Map.copyOf(features);
        }
    }
}
