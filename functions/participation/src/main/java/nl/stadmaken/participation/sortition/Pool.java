package nl.stadmaken.participation.sortition;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The people a panel is drawn from, sorted by id so that the input's row order cannot influence a draw. */
public record Pool(List<Member> members) {

    public Pool {
        members = members.stream().sorted(Comparator.comparing(Member::id)).toList();
        Set<String> seen = new HashSet<>();
        for (Member member : members) {
            if (!seen.add(member.id())) {
                throw new IllegalArgumentException("member id " + member.id() + " occurs more than once in the pool");
            }
        }
    }

    public int size() {
        return members.size();
    }

    public List<String> ids() {
        return members.stream().map(Member::id).toList();
    }
}
