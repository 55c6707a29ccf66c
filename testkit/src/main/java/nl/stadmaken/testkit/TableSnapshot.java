package nl.stadmaken.testkit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item of some tables at one moment, each as a stable text, so tests can say what a request stored, changed or
 * removed: nothing for a refused request, exactly the acknowledged writes after a run.
 */
public record TableSnapshot(Map<String, Set<String>> items) {

    public static TableSnapshot of(DynamoDbClient dynamo, Collection<String> tables) {
        Map<String, Set<String>> items = new TreeMap<>();
        for (String table : tables) {
            Set<String> texts = new TreeSet<>();
            dynamo.scanPaginator(scan -> scan.tableName(table).consistentRead(true)).items()
                    .forEach(item -> texts.add(text(item)));
            items.put(table, texts);
        }
        return new TableSnapshot(items);
    }

    /** Items that are in this snapshot and not in {@code earlier} (new or changed), then those gone, as readable lines. */
    public Set<String> differencesFrom(TableSnapshot earlier, Predicate<String> ignored) {
        Set<String> differences = new TreeSet<>();
        items.forEach((table, now) -> {
            Set<String> before = earlier.items.getOrDefault(table, Set.of());
            now.stream().filter(item -> !before.contains(item) && !ignored.test(item))
                    .forEach(item -> differences.add(table + " + " + item));
            before.stream().filter(item -> !now.contains(item) && !ignored.test(item))
                    .forEach(item -> differences.add(table + " - " + item));
        });
        return differences;
    }

    /** The items of one table, each as text. */
    public Set<String> table(String name) {
        return items.getOrDefault(name, Set.of());
    }

    /** Attributes in name order, so the same item always reads the same. */
    static String text(Map<String, AttributeValue> item) {
        return new TreeMap<>(item).toString();
    }
}
