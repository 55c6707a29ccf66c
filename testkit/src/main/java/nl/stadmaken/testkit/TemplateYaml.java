package nl.stadmaken.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Loads CloudFormation YAML: short-form intrinsics ({@code !Ref X}) become their long form ({@code {Ref: X}}). */
final class TemplateYaml {

    private TemplateYaml() {
    }

    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        return new Yaml(new IntrinsicConstructor(options)).load(text);
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    if (!tag.startsWith("!")) {
                        throw new IllegalArgumentException("unknown YAML tag " + tag);
                    }
                    String name = tag.substring(1);
                    String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
                    return Map.of(key, valueOf(name, node));
                }
            });
        }

        private Object valueOf(String name, Node node) {
            if (node instanceof ScalarNode scalar) {
                String value = scalar.getValue();
                return name.equals("GetAtt") ? List.of(value.split("\\.", 2)) : value;
            }
            if (node instanceof SequenceNode sequence) {
                return new ArrayList<>(constructSequence(sequence));
            }
            return constructMapping((MappingNode) node);
        }
    }
}
